/**
 * Splits a day period into whole months (answered from the monthly rollups) and partial months at
 * its edges (answered from the per-event facts), so that a period never needs a raw scan.
 */
import { addDays, addMonths, type IsoDate } from '@untoc-alliance/schema';

/** A range of `YYYY-MM` months or of ISO days; a missing end is open. */
export interface Range {
	from?: string | undefined;
	to?: string | undefined;
}

/** Whole months to read from rollups, and day ranges (within one month each) to read from facts. */
export interface PeriodSplit {
	months: Range | null;
	days: Range[];
}

function monthOf(date: IsoDate): string {
	return date.slice(0, 7);
}

function firstOfMonth(date: IsoDate): IsoDate {
	return `${monthOf(date)}-01`;
}

function lastOfMonth(date: IsoDate): IsoDate {
	return addDays(addMonths(firstOfMonth(date), 1), -1);
}

/** Splits `[from, to]` (either end may be missing) into whole months and partial edge months. */
export function splitPeriod(period: Range): PeriodSplit {
	const { from, to } = period;
	const fromPartial = from !== undefined && from !== firstOfMonth(from);
	const toPartial = to !== undefined && to !== lastOfMonth(to);
	if (from !== undefined && to !== undefined && monthOf(from) === monthOf(to))
		return fromPartial || toPartial
			? { months: null, days: [{ from, to }] }
			: { months: { from: monthOf(from), to: monthOf(to) }, days: [] };
	const days: Range[] = [];
	if (fromPartial) days.push({ from, to: lastOfMonth(from) });
	if (toPartial) days.push({ from: firstOfMonth(to), to });
	const months: Range = {
		from:
			from === undefined
				? undefined
				: monthOf(fromPartial ? addMonths(firstOfMonth(from), 1) : from),
		to: to === undefined ? undefined : monthOf(toPartial ? addMonths(firstOfMonth(to), -1) : to)
	};
	const empty = months.from !== undefined && months.to !== undefined && months.from > months.to;
	return { months: empty ? null : months, days };
}
