import { scaleUtc } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { isoToDate, timeScale, timeTicks, yearTicks } from './time-axis.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('timeScale and yearTicks', () => {
	test('right to left the earliest date is at the right, and the year ticks come out mirrored', () => {
		const ltr = timeScale(['2020-10-01', '2030-10-01'], [1, 401]);
		const rtl = timeScale(['2020-10-01', '2030-10-01'], [1, 401], true);
		expect(rtl(isoToDate('2020-10-01'))).toBe(401);
		expect(rtl(isoToDate('2030-10-01'))).toBe(1);
		const years = (x: typeof ltr) => yearTicks(x).map((t) => `${t.label}@${Math.round(t.x)}`);
		expect(years(ltr)).toEqual(['2022@51', '2024@131', '2026@211', '2028@291', '2030@371']);
		expect(years(rtl)).toEqual(['2022@351', '2024@271', '2026@191', '2028@111', '2030@31']);
	});
});

describe('timeTicks', () => {
	test('finds at least two ticks where d3 would give one for so few', () => {
		const x = scaleUtc([isoToDate('2020-07-01'), isoToDate('2023-06-01')], [0, 200]);
		expect(x.ticks(2).length).toBeLessThan(2);
		const ticks = timeTicks(x, 2);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(ticks.map(iso)).toEqual(x.ticks(ticks.length).map(iso));
	});

	test('keeps d3 ticks when there are enough', () => {
		const x = scaleUtc([isoToDate('2022-01-01'), isoToDate('2022-04-01')], [0, 300]);
		expect(timeTicks(x, 3).map(iso)).toEqual(x.ticks(3).map(iso));
	});
});
