import { describe, expect, test } from 'vitest';
import { MembershipGrowth } from './alliance-growth.ts';

describe('MembershipGrowth', () => {
	const growth = {
		sectors: ['ngo', 'academia'],
		months: [{ month: '2022-09-01', total: 3, counts: [1, 2] }],
		milestones: [
			{
				date: '2022-09-15',
				label: 'Pilot initiative launched (PAK)',
				kind: 'pilot_launch',
				alliance: 'PAK',
				sourceUrl: null,
				verified: true
			}
		],
		synthetic: false,
		asOf: '2024-06-15',
		suppressedBelow: null
	};

	test('parses months with counts aligned to the sectors, and milestones', () => {
		expect(MembershipGrowth.parse(growth)).toEqual(growth);
	});

	test('rejects a negative count and an unknown sector', () => {
		const negative = { ...growth, months: [{ month: '2022-09-01', total: 1, counts: [-1] }] };
		expect(MembershipGrowth.safeParse(negative).success).toBe(false);
		expect(MembershipGrowth.safeParse({ ...growth, sectors: ['pirates'] }).success).toBe(false);
	});
});
