/** A UTC time axis shared by the review charts: ISO dates to x, and year ticks that fit. */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';

export const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A UTC scale over the ISO dates `[start, end]` onto `[x0, x1]`. */
export function timeScale([start, end]: [string, string], range: [number, number]) {
	return scaleUtc([isoToDate(start), isoToDate(end)], range);
}

/** Year ticks at least `minGap` pixels apart (every year, 2 years, 5 years …). */
export function yearTicks(
	x: ReturnType<typeof timeScale>,
	minGap = 44
): { x: number; label: string }[] {
	const [a, b] = x.domain() as [Date, Date];
	const years = utcYear.range(utcYear.ceil(a), utcYear.offset(utcYear.floor(b), 1));
	const [y0, y1] = years;
	const perYear = y0 && y1 ? x(y1) - x(y0) : Infinity;
	const step = [1, 2, 5, 10].find((s) => s * perYear >= minGap) ?? 10;
	const [x0, x1] = x.range() as [number, number];
	return years
		.filter((d) => d.getUTCFullYear() % step === 0 && x(d) >= x0 + 12 && x(d) <= x1 - 12)
		.map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) }));
}
