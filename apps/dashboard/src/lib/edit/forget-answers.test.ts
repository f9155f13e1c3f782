import { describe, expect, it } from 'vitest';
import { forgetCachedAnswers, memoCall } from '../memo-call.ts';

describe('forgetCachedAnswers', () => {
	it('makes every memoCall load again (after an edit)', async () => {
		let calls = 0;
		const load = memoCall((n: number) => Promise.resolve(n + ++calls));
		const signal = new AbortController().signal;
		expect(await load(1, signal)).toBe(2);
		expect(await load(1, signal)).toBe(2);
		forgetCachedAnswers();
		expect(await load(1, signal)).toBe(3);
	});
});
