/**
 * How a suppressed count travels in API outputs. Anonymous visitors get counts from 1 up to the
 * threshold (`PUBLIC_MIN_COUNT`, default 3) as `null`: "fewer than `suppressedBelow`". Zero is
 * shown (an empty group singles no one out). Signed-in users get exact counts and
 * `suppressedBelow: null`.
 */
import * as z from 'zod';

/** A count that may be suppressed: null means "at least 1 and fewer than `suppressedBelow`". */
export const SuppressibleCount = z.int().nonnegative().nullable().meta({
	description:
		'A count, or null when it is suppressed for this audience: at least 1 and fewer than `suppressedBelow`'
});
export type SuppressibleCount = z.infer<typeof SuppressibleCount>;

/** The threshold an answer's suppressed counts are below; null when nothing is suppressed. */
export const SuppressedBelow = z.int().min(1).nullable().meta({
	description:
		'Counts from 1 up to this number are null in this answer (anonymous audience); null for signed-in users, whose counts are exact'
});
export type SuppressedBelow = z.infer<typeof SuppressedBelow>;
