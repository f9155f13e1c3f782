import { describe, expect, it } from 'vitest';
import { growthSeries, maxGrowthMonths, shiftMonth, type MonthDelta } from './growth-series.ts';

const d = (sector: string, month: string, delta: number): MonthDelta => ({ sector, month, delta });

describe('shiftMonth', () => {
	it.each([
		{ args: ['2024-12', 1], expected: '2025-01' },
		{ args: ['2024-01', -1], expected: '2023-12' },
		{ args: ['2024-06', -1499], expected: '1899-07' }
	] as const)('shiftMonth($args) is $expected', ({ args, expected }) => {
		expect(shiftMonth(args[0], args[1])).toBe(expected);
	});
});

describe('growthSeries', () => {
	it('returns no sectors and no months without joins', () => {
		expect(growthSeries([], { to: '2024-06' })).toEqual({ sectors: [], months: [] });
	});

	it('counts a member from its join month and drops it in its leave month', () => {
		const { sectors, months } = growthSeries(
			[d('academia', '2024-01', 2), d('ngo', '2024-02', 1), d('academia', '2024-03', -1)],
			{ to: '2024-04' }
		);
		expect(sectors).toEqual(['ngo', 'academia']);
		expect(months.map((m) => `${m.month} ${m.total} ${m.counts.join(',')}`)).toEqual([
			'2024-01-01 2 0,2',
			'2024-02-01 3 1,2',
			'2024-03-01 2 1,1',
			'2024-04-01 2 1,1'
		]);
	});

	it('leaves out a sector whose only member joined and left in the same month', () => {
		const deltas = [d('media', '2024-01', 1), d('media', '2024-01', -1), d('ngo', '2024-01', 1)];
		expect(growthSeries(deltas, { to: '2024-01' }).sectors).toEqual(['ngo']);
	});

	it('starts at `from` and carries the members who joined before it', () => {
		const { months } = growthSeries([d('ngo', '2020-05', 3), d('ngo', '2024-02', 1)], {
			from: '2024-01',
			to: '2024-02'
		});
		expect(months.map((m) => m.total)).toEqual([3, 4]);
	});

	it(`shows at most ${maxGrowthMonths} months, the last ones`, () => {
		const { months } = growthSeries([d('ngo', '1800-01', 1)], { to: '2024-06' });
		expect(months).toHaveLength(maxGrowthMonths);
		expect(months[0]).toEqual({ month: '1899-07-01', total: 1, counts: [1] });
	});
});
