import { describe, expect, it } from 'vitest';
import { createSignInLimiter } from './sign-in-limiter.ts';

const minute = 60_000;

describe('createSignInLimiter', () => {
	it('allows 5 failures in 15 minutes, then says how long to wait', () => {
		const limiter = createSignInLimiter();
		for (let i = 0; i < 5; i++) {
			expect(limiter.retryAfter('a', i * minute)).toBe(0);
			limiter.fail('a', i * minute);
		}
		expect(limiter.retryAfter('a', 5 * minute)).toBe(10 * 60);
		expect(limiter.retryAfter('b', 5 * minute)).toBe(0);
		// The first failure leaves the window at 15 minutes.
		expect(limiter.retryAfter('a', 15 * minute)).toBe(0);
	});

	it('forgets a key after a success', () => {
		const limiter = createSignInLimiter({ maxFailures: 2 });
		limiter.fail('a', 0);
		limiter.fail('a', 1);
		expect(limiter.retryAfter('a', 2)).toBeGreaterThan(0);
		limiter.reset('a');
		expect(limiter.retryAfter('a', 2)).toBe(0);
	});

	it('keeps at most maxKeys keys, dropping the oldest', () => {
		const limiter = createSignInLimiter({ maxFailures: 1, maxKeys: 2 });
		limiter.fail('a', 0);
		limiter.fail('b', 0);
		limiter.fail('c', 0);
		expect(limiter.retryAfter('a', 1)).toBe(0);
		expect(limiter.retryAfter('b', 1)).toBeGreaterThan(0);
		expect(limiter.retryAfter('c', 1)).toBeGreaterThan(0);
	});
});
