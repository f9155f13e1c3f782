import type { MembershipGrowth } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { formatBucket, parseIsoDate } from './format.ts';
import { growthFinding } from './growth-finding.ts';
import { i18n } from './i18n.svelte.ts';

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

describe('in Urdu', () => {
	afterEach(async () => {
		await i18n.use('en');
	});
	const month = (iso: string) => formatBucket(parseIsoDate(iso), 'month');

	test('growth, a fall, no change, one month and a suppressed end read as Urdu sentences', async () => {
		await i18n.use('ur');
		const [jun, dec, jan] = [month('2022-06-01'), month('2024-12-01'), month('2023-01-01')];
		expect(jun).toMatch(/جون/);
		expect(
			growthFinding(
				growth([
					['2022-06-01', [1, 0]],
					['2024-12-01', [3, 8]]
				])
			)
		).toBe(
			`اراکین ${jun} میں 1 سے بڑھ کر ${dec} میں 11 ہو گئے؛ سب سے زیادہ اضافہ تعلیمی ادارے میں ہوا (+8)۔`
		);
		expect(
			growthFinding(
				growth([
					['2022-06-01', [4, 2]],
					['2023-01-01', [3, 2]]
				])
			)
		).toBe(`اراکین ${jun} میں 6 سے گھٹ کر ${jan} میں 5 رہ گئے۔`);
		expect(
			growthFinding(
				growth([
					['2022-06-01', [4, 2]],
					['2024-12-01', [4, 2]]
				])
			)
		).toBe(`${jun} سے ${dec} تک اراکین کی تعداد 6 پر برقرار رہی۔`);
		expect(growthFinding(growth([['2022-06-01', [1, 0]]]))).toBe(`${jun} میں 1 رکن۔`);
		expect(growthFinding(growth([]))).toBe('کوئی رکن اس فلٹر سے مطابقت نہیں رکھتا۔');
		const hidden = growth([
			['2022-06-01', [1, 0]],
			['2024-12-01', [3, 8]]
		]);
		hidden.suppressedBelow = 3;
		hidden.months[0] = { month: '2022-06-01', counts: [null, null], total: null };
		expect(growthFinding(hidden)).toBe(`اراکین ${jun} میں 3 سے کم تھے اور ${dec} میں 11۔`);
	});
});
