/**
 * A UTC time axis shared by the review charts: ISO dates to x, and year ticks that fit. Right to
 * left (`rtl`), time runs from the right edge to the left one: the earliest date is at the right.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';

export const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A UTC scale over the ISO dates `[start, end]` onto `[x0, x1]`, or onto `[x1, x0]` in `rtl`. */
export function timeScale([start, end]: [string, string], range: [number, number], rtl = false) {
	return scaleUtc([isoToDate(start), isoToDate(end)], rtl ? [range[1], range[0]] : range);
}

/** A year tick: its x, the year's first day and the year as digits (for keys and `data-year`). */
export interface YearTick {
	x: number;
	date: Date;
	label: string;
}

/**
 * Year ticks at least `minGap` pixels apart (every year, 2 years, 5 years …), none within 12 px of
 * either end of the range, whichever way the range runs.
 */
export function yearTicks(x: ReturnType<typeof timeScale>, minGap = 44): YearTick[] {
	const [a, b] = x.domain() as [Date, Date];
	const years = utcYear.range(utcYear.ceil(a), utcYear.offset(utcYear.floor(b), 1));
	const [y0, y1] = years;
	const perYear = y0 && y1 ? Math.abs(x(y1) - x(y0)) : Infinity;
	const step = [1, 2, 5, 10].find((s) => s * perYear >= minGap) ?? 10;
	const [r0, r1] = x.range() as [number, number];
	const [lo, hi] = [Math.min(r0, r1), Math.max(r0, r1)];
	return years
		.filter((d) => d.getUTCFullYear() % step === 0 && x(d) >= lo + 12 && x(d) <= hi - 12)
		.map((d) => ({ x: x(d), date: d, label: String(d.getUTCFullYear()) }));
}

/**
 * About `count` ticks of a time scale, and at least two: an axis with one label says nothing of
 * which way time runs (a phone's narrow plot can ask for so few that d3 finds one).
 */
export function timeTicks(x: ScaleTime<number, number>, count: number): Date[] {
	for (let n = count; n <= count + 8; n++) {
		const ticks = x.ticks(n);
		if (ticks.length >= 2) return ticks;
	}
	return x.ticks(count);
}
