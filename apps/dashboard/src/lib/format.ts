/**
 * Number and date formats of the page's language (its catalogue's `Intl` locale); dates are
 * calendar days in UTC. Called in a template or `$derived`, they follow a change of language.
 */
import type { Interval } from '@untoc-alliance/schema';
import { fmt, m } from './i18n.svelte.ts';

/** `1234` → `"1,234"`. */
export function formatCount(n: number): string {
	return fmt().count(n);
}

/** `3` → `"fewer than 3"`: how a suppressed count reads (null `below`: "hidden"). */
export function fewerThan(below: number | null): string {
	return below === null ? m().common.hidden : m().common.fewerThan(formatCount(below));
}

/**
 * A count that anonymous visitors may not see exactly: `(1234, 3)` → `"1,234"`, `(null, 3)` →
 * `"fewer than 3"` (the API sends null for counts from 1 below `suppressedBelow`).
 */
export function formatSuppressible(n: number | null, below: number | null): string {
	return n === null ? fewerThan(below) : formatCount(n);
}

/** The note under a chart with suppressed counts: "Fewer than 3: hidden to protect small groups". */
export function suppressedNote(below: number | null): string {
	return below === null ? m().common.hidden : m().common.suppressedNote(formatCount(below));
}

/** A share from 0 to 1 as a whole percentage: `0.137` → `"14%"`. */
export function formatShare(share: number): string {
	return fmt().share(share);
}

/** `count / total` as a percentage, or "hidden" when either is suppressed (null) or total is 0. */
export function formatShareOf(count: number | null, total: number | null): string {
	return count === null || total === null || total === 0
		? m().common.hidden
		: formatShare(count / total);
}

/** Sorts largest first with suppressed (null) counts after every shown one. */
export function bySuppressibleDesc(a: number | null, b: number | null): number {
	return (b ?? -1) - (a ?? -1);
}

/** An ISO calendar date as a UTC `Date`. */
export function parseIsoDate(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** `"2024-12-31"` → `"31 Dec 2024"`. */
export function formatDay(iso: string): string {
	return fmt().day(iso);
}

/** The name of a time bucket that starts on `date`: "Sept 2022", "Q3 2022" or "2022". */
export function formatBucket(date: Date, interval: Interval): string {
	switch (interval) {
		case 'month':
			return fmt().month(date);
		case 'quarter':
			return m().common.quarter(Math.floor(date.getUTCMonth() / 3) + 1, fmt().year(date));
		case 'year':
			return fmt().year(date);
	}
}

/** The UTC calendar day of an instant (milliseconds since the epoch) as an ISO date. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
