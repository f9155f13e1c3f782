import { describe, expect, it } from 'vitest';
import { createResultCache } from './result-cache.ts';

function counter() {
	let calls = 0;
	return {
		load: (value: string) => () => {
			calls++;
			return Promise.resolve(value);
		},
		calls: () => calls
	};
}

describe('createResultCache', () => {
	it('answers a repeated key at the same version without loading again', async () => {
		const cache = createResultCache();
		const c = counter();
		expect(await cache.read({ key: 'a', version: 1, load: c.load('A') })).toBe('A');
		expect(await cache.read({ key: 'a', version: 1, load: c.load('other') })).toBe('A');
		expect(c.calls()).toBe(1);
		expect(cache.stats()).toEqual({ hits: 1, misses: 1, size: 1 });
	});

	it('empties itself when the data version changes', async () => {
		const cache = createResultCache();
		const c = counter();
		await cache.read({ key: 'a', version: 1, load: c.load('A1') });
		await cache.read({ key: 'b', version: 1, load: c.load('B1') });
		expect(await cache.read({ key: 'a', version: 2, load: c.load('A2') })).toBe('A2');
		expect(cache.stats().size).toBe(1);
		expect(await cache.read({ key: 'b', version: 2, load: c.load('B2') })).toBe('B2');
		expect(c.calls()).toBe(4);
	});

	it('evicts the least recently used entry beyond maxEntries', async () => {
		const cache = createResultCache({ maxEntries: 2 });
		const c = counter();
		await cache.read({ key: 'a', version: 1, load: c.load('A') });
		await cache.read({ key: 'b', version: 1, load: c.load('B') });
		await cache.read({ key: 'a', version: 1, load: c.load('A') });
		await cache.read({ key: 'c', version: 1, load: c.load('C') });
		expect(cache.stats().size).toBe(2);
		await cache.read({ key: 'a', version: 1, load: c.load('A') });
		expect(c.calls()).toBe(3);
		await cache.read({ key: 'b', version: 1, load: c.load('B again') });
		expect(c.calls()).toBe(4);
	});

	it('does not keep a failed load', async () => {
		const cache = createResultCache();
		const fail = () => Promise.reject(new Error('boom'));
		await expect(cache.read({ key: 'a', version: 1, load: fail })).rejects.toThrow('boom');
		expect(await cache.read({ key: 'a', version: 1, load: () => Promise.resolve(1) })).toBe(1);
	});

	it('does not store a value loaded at a version that was replaced meanwhile', async () => {
		const cache = createResultCache();
		let release = (_: string) => undefined as void;
		const slow = () => new Promise<string>((resolve) => (release = resolve));
		const pending = cache.read({ key: 'a', version: 1, load: slow });
		await cache.read({ key: 'b', version: 2, load: () => Promise.resolve('B') });
		release('stale');
		expect(await pending).toBe('stale');
		expect(await cache.read({ key: 'a', version: 2, load: () => Promise.resolve('fresh') })).toBe(
			'fresh'
		);
	});
});
