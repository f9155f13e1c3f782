import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues, fieldError, formatPath, inputIssues } from './input-issues.ts';

describe('formatPath', () => {
	it.each([
		{ path: [], expected: '' },
		{ path: ['sectors', 0], expected: 'sectors[0]' },
		{ path: ['a', 'b', 2, 'c'], expected: 'a.b[2].c' }
	])('$path → "$expected"', ({ path, expected }) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('inputIssues', () => {
	const schema = z.strictObject({ n: z.int(), tags: z.array(z.string()).optional() });

	it('gives one issue per unknown key, named by the key', () => {
		const result = schema.safeParse({ n: 1, a: 1, b: 2 });
		expect(result.success).toBe(false);
		expect(inputIssues(result.error as z.ZodError).map((i) => i.path)).toEqual(['a', 'b']);
	});

	it('joins issues into one sentence naming each field', () => {
		const result = schema.safeParse({ n: 'x', tags: [1] });
		const issues = inputIssues(result.error as z.ZodError);
		expect(issues.map((i) => i.path)).toEqual(['n', 'tags[0]']);
		expect(describeIssues(issues)).toMatch(/^n: .+; tags\[0\]: .+$/);
	});
});

describe('fieldError', () => {
	it('makes a zod error for one field', () => {
		const error = fieldError({ path: 'alliance', message: 'Unknown alliance "ZZZ"' });
		expect(inputIssues(error)).toEqual([{ path: 'alliance', message: 'Unknown alliance "ZZZ"' }]);
		expect(error).toBeInstanceOf(Error);
	});
});
