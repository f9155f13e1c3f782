/**
 * Sign-in rate limit, kept in memory (per process: it resets on restart and is not shared between
 * instances): at most `maxFailures` wrong passwords per e-mail and client address within
 * `windowMs`; after that, sign-in answers 429 until the oldest failure leaves the window.
 */

/** A limiter of failed sign-ins per key (e-mail + address). */
export interface SignInLimiter {
	/** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
	retryAfter(key: string, now: number): number;
	/** Counts a failure. */
	fail(key: string, now: number): void;
	/** Forgets the failures of a key (after a successful sign-in). */
	reset(key: string): void;
}

/** Makes a limiter: 5 failures per 15 minutes unless told otherwise. */
export function createSignInLimiter(
	options: { maxFailures?: number; windowMs?: number; maxKeys?: number } = {}
): SignInLimiter {
	const maxFailures = options.maxFailures ?? 5;
	const windowMs = options.windowMs ?? 15 * 60 * 1000;
	const maxKeys = options.maxKeys ?? 10_000;
	const failures = new Map<string, number[]>();

	function recent(key: string, now: number): number[] {
		const times = (failures.get(key) ?? []).filter((t) => t > now - windowMs);
		if (times.length === 0) failures.delete(key);
		else failures.set(key, times);
		return times;
	}

	function prune(now: number): void {
		for (const key of failures.keys()) recent(key, now);
		// Still full: drop the oldest keys (a flood of distinct keys must not grow memory forever).
		for (const key of failures.keys()) {
			if (failures.size < maxKeys) break;
			failures.delete(key);
		}
	}

	return {
		retryAfter(key, now) {
			const times = recent(key, now);
			if (times.length < maxFailures) return 0;
			const oldest = times[times.length - maxFailures] ?? now;
			return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
		},
		fail(key, now) {
			if (!failures.has(key) && failures.size >= maxKeys) prune(now);
			failures.set(key, [...recent(key, now), now]);
		},
		reset(key) {
			failures.delete(key);
		}
	};
}
