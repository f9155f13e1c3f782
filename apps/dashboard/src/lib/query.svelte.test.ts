import { describe, expect, test } from 'vitest';
import { Query } from './query.svelte.ts';

function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('Query', () => {
	test('run() is loading until the call resolves, then ready with the data', async () => {
		const q = new Query<number>();
		const d = deferred<number>();
		q.run(() => d.promise);
		expect(q.status).toBe('loading');
		d.resolve(42);
		await d.promise;
		expect([q.status, q.data]).toEqual(['ready', 42]);
	});

	test('a second run() aborts the first, whose late answer is ignored', async () => {
		const q = new Query<string>();
		const first = deferred<string>();
		const second = deferred<string>();
		let firstSignal: AbortSignal | undefined;
		q.run((signal) => {
			firstSignal = signal;
			return first.promise;
		});
		q.run(() => second.promise);
		expect(firstSignal?.aborted).toBe(true);
		second.resolve('new');
		first.resolve('stale');
		await Promise.all([first.promise, second.promise]);
		expect(q.data).toBe('new');
	});

	test('a failed call is an error with its message, and retry() runs it again', async () => {
		const q = new Query<string>();
		let calls = 0;
		const load = () =>
			++calls === 1 ? Promise.reject(new Error('Server down')) : Promise.resolve('ok');
		q.run(load);
		await Promise.resolve();
		await Promise.resolve();
		expect([q.status, q.error]).toEqual(['error', 'Server down']);
		q.retry();
		await Promise.resolve();
		await Promise.resolve();
		expect([q.status, q.data, calls]).toEqual(['ready', 'ok', 2]);
	});
});
