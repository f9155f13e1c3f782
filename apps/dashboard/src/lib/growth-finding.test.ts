import type { MembershipGrowth } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { growthFinding } from './growth-finding.ts';

function growth(months: [string, number[]][]): MembershipGrowth {
	return {
		sectors: ['ngo', 'academia'],
		months: months.map(([month, counts]) => ({
			month,
			counts,
			total: counts.reduce((a, b) => a + b, 0)
		})),
		milestones: [],
		synthetic: true,
		asOf: '2024-12-31',
		suppressedBelow: null
	};
}

describe('growthFinding', () => {
	test.each([
		{
			name: 'names the first and last month and the sector that gained most',
			g: growth([
				['2022-06-01', [1, 0]],
				['2024-12-01', [3, 8]]
			]),
			expected: 'Members grew from 1 in Jun 2022 to 11 in Dec 2024; Academia grew most (+8).'
		},
		{
			name: 'a fall, without a sector that grew',
			g: growth([
				['2022-06-01', [4, 2]],
				['2023-01-01', [3, 2]]
			]),
			expected: 'Members fell from 6 in Jun 2022 to 5 in Jan 2023.'
		},
		{
			name: 'no change',
			g: growth([
				['2022-06-01', [4, 2]],
				['2022-07-01', [4, 2]]
			]),
			expected: 'Membership stayed at 6 from Jun 2022 to Jul 2022.'
		},
		{ name: 'one month', g: growth([['2022-06-01', [1, 0]]]), expected: '1 member in Jun 2022.' },
		{ name: 'no month', g: growth([]), expected: 'No members match this filter.' }
	])('$name', ({ g, expected }) => {
		expect(growthFinding(g)).toBe(expected);
	});
});

test('growthFinding keeps suppressed ends and sectors out of the numbers', () => {
	const g: MembershipGrowth = {
		sectors: ['ngo', 'academia'],
		months: [
			{ month: '2022-08-01', counts: [null, null], total: null },
			{ month: '2024-12-01', counts: [9, null], total: 11 }
		],
		milestones: [],
		synthetic: true,
		asOf: '2024-12-31',
		suppressedBelow: 3
	};
	expect(growthFinding(g)).toBe('Members went from fewer than 3 in Aug 2022 to 11 in Dec 2024.');
});
