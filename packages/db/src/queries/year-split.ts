/**
 * Splits a day period into whole years (answered from `organisation_year_rollup`) and partial
 * years at its edges (answered from `organisation_event_facts`), like `splitPeriod` does by month.
 */
import type { Range } from './period-split.ts';

/** Whole `YYYY` years to read from the rollup, and day ranges (within one year each). */
export interface YearSplit {
	years: Range | null;
	days: Range[];
}

function yearOf(date: string): string {
	return date.slice(0, 4);
}

function shift(year: string, by: number): string {
	return String(Number(year) + by).padStart(4, '0');
}

/** Splits `[from, to]` (either end may be missing) into whole years and partial edge years. */
export function splitYears(period: Range): YearSplit {
	const { from, to } = period;
	const fromPartial = from !== undefined && !from.endsWith('-01-01');
	const toPartial = to !== undefined && !to.endsWith('-12-31');
	if (from !== undefined && to !== undefined && yearOf(from) === yearOf(to))
		return fromPartial || toPartial
			? { years: null, days: [{ from, to }] }
			: { years: { from: yearOf(from), to: yearOf(to) }, days: [] };
	const days: Range[] = [];
	if (fromPartial) days.push({ from, to: `${yearOf(from)}-12-31` });
	if (toPartial) days.push({ from: `${yearOf(to)}-01-01`, to });
	const years: Range = {
		from: from === undefined ? undefined : fromPartial ? shift(yearOf(from), 1) : yearOf(from),
		to: to === undefined ? undefined : toPartial ? shift(yearOf(to), -1) : yearOf(to)
	};
	const empty = years.from !== undefined && years.to !== undefined && years.from > years.to;
	return { years: empty ? null : years, days };
}
