import { describe, expect, test } from 'vitest';
import { memoCall } from './memo-call.ts';

const signal = new AbortController().signal;

function counter(fail?: (n: number) => boolean) {
	const calls: number[] = [];
	const load = (n: number) => {
		calls.push(n);
		return fail?.(n) ? Promise.reject(new Error(`no ${n}`)) : Promise.resolve(n * 10);
	};
	return { calls, load };
}

describe('memoCall', () => {
	test('an input asked again is answered from the cache, also while in flight', async () => {
		const { calls, load } = counter();
		const call = memoCall(load);
		const first = call(1, signal);
		expect(call(1, signal)).toBe(first);
		expect(await call(2, signal)).toBe(20);
		expect(await call(1, signal)).toBe(10);
		expect(calls).toEqual([1, 2]);
	});

	test('the caller signal never cancels the shared call', () => {
		const seen: AbortSignal[] = [];
		const call = memoCall((_: number, s: AbortSignal) => {
			seen.push(s);
			return Promise.resolve(1);
		});
		const controller = new AbortController();
		void call(1, controller.signal);
		controller.abort();
		expect(seen[0]?.aborted).toBe(false);
	});

	test('drops the least recently used answer, stale answers and failures', async () => {
		let time = 0;
		const { calls, load } = counter((n) => n === 9);
		const call = memoCall(load, { size: 2, maxAge: 100, now: () => time });
		await call(1, signal);
		await call(2, signal);
		await call(1, signal);
		await call(3, signal); // drops 2, the least recently used
		await call(1, signal);
		await call(2, signal);
		time = 101;
		await call(2, signal); // stale
		await expect(call(9, signal)).rejects.toThrow('no 9');
		await expect(call(9, signal)).rejects.toThrow('no 9');
		expect(calls).toEqual([1, 2, 3, 2, 2, 9, 9]);
	});
});
