import { describe, expect, test } from 'vitest';
import { readLines } from './ndjson.ts';

describe('readLines', () => {
	test('returns only whole lines and where the next read starts', () => {
		const text = '{"phase":"checking","progress":0}\n{"phase":"writing","progress":0.5}\n{"resu';
		const first = readLines(text, 0);
		expect(first.lines).toEqual([
			{ phase: 'checking', progress: 0 },
			{ phase: 'writing', progress: 0.5 }
		]);
		expect(readLines(text, first.next)).toEqual({ lines: [], next: first.next });
	});

	test('rejects a line that is not a stream line', () => {
		expect(() => readLines('{"progress":2}\n', 0)).toThrow();
	});
});
