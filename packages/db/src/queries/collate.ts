/**
 * Comparators for sorting in JS. One shared collator: `localeCompare(b, 'en')` builds a collator
 * on every call, which made sorting a few thousand names cost tens of milliseconds.
 */

/** Compares names as people read them (English collation). */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;

/** Compares ISO dates or codes by their characters; null sorts first. */
export function compareCodes(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	return a < b ? -1 : 1;
}
