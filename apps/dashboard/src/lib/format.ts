/** Number and date formats for the page's locale (English for now); dates are calendar days in UTC. */
import type { Interval } from '@untoc-alliance/schema';

const locale = 'en-GB';
const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });

/** `1234` → `"1,234"`. */
export function formatCount(n: number): string {
	return integer.format(n);
}

/** A share from 0 to 1 as a whole percentage: `0.137` → `"14%"`. */
export function formatShare(share: number): string {
	return percent.format(share);
}

/** An ISO calendar date as a UTC `Date`. */
export function parseIsoDate(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** `"2024-12-31"` → `"31 Dec 2024"`. */
export function formatDay(iso: string): string {
	return day.format(parseIsoDate(iso));
}

/** The name of a time bucket that starts on `date`: "Sept 2022", "Q3 2022" or "2022". */
export function formatBucket(date: Date, interval: Interval): string {
	switch (interval) {
		case 'month':
			return month.format(date);
		case 'quarter':
			return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${year.format(date)}`;
		case 'year':
			return year.format(date);
	}
}

/** `("member", 2)` → `"members"`; English plurals of the few nouns on the page. */
export function plural(noun: string, n: number): string {
	return n === 1 ? noun : `${noun}s`;
}

/** The UTC calendar day of an instant (milliseconds since the epoch) as an ISO date. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
