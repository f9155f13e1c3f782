/**
 * Planned dates of review steps: pure calendar arithmetic on ISO dates, in UTC so that the local
 * time zone never shifts a day.
 */
import type { StepDeadline } from './reference/review-steps.ts';
import type { IsoDate } from './scalars.ts';

function toUtc(date: IsoDate): Date {
	return new Date(`${date}T00:00:00Z`);
}

function toIso(date: Date): IsoDate {
	return date.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
	const d = toUtc(date);
	d.setUTCDate(d.getUTCDate() + days);
	return toIso(d);
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month becomes
 * that month's last day (31 Aug + 6 months = 28 or 29 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const d = toUtc(date);
	const day = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() + months);
	const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	d.setUTCDate(Math.min(day, lastDay));
	return toIso(d);
}

/** The due date of a deadline counted from `from`. */
export function dueDate(from: IsoDate, deadline: StepDeadline): IsoDate {
	return deadline.unit === 'week'
		? addDays(from, deadline.amount * 7)
		: addMonths(from, deadline.amount);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}
