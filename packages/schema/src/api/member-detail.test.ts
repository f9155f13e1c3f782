import { describe, expect, expectTypeOf, test } from 'vitest';
import { MemberByIdInput, MemberDetail } from './member-detail.ts';

describe('MemberByIdInput', () => {
	test('accepts a positive integer id and types it as a number', () => {
		expect(MemberByIdInput.parse({ id: 12 })).toEqual({ id: 12 });
		expectTypeOf<MemberByIdInput>().toEqualTypeOf<{ id: number }>();
	});

	test.each([{ id: '12' }, { id: 0 }, { id: 1.5 }, {}, { id: 1, alliance: 'PAK' }])(
		'rejects %o',
		(input) => {
			expect(MemberByIdInput.safeParse(input).success).toBe(false);
		}
	);
});

describe('MemberDetail', () => {
	const detail = {
		id: 1,
		organisationId: 1,
		name: 'Alpha',
		alliance: 'PAK',
		sector: 'ngo',
		role: 'member',
		regions: ['PK-IS'],
		themes: ['drugs'],
		joinedOn: '2022-09-15',
		leftOn: null,
		synthetic: false,
		verified: true,
		sourceUrl: null,
		events: { total: 0, rows: [] },
		contributions: { total: 0, rows: [] }
	};

	test('parses a member without activity', () => {
		expect(MemberDetail.parse(detail)).toEqual(detail);
	});

	test('caps the events at 200 rows', () => {
		const row = { id: 1, title: 'E', type: 'workshop', startDate: '2024-01-01', participants: 1 };
		const events = { total: 201, rows: Array.from({ length: 201 }, () => row) };
		expect(MemberDetail.safeParse({ ...detail, events }).success).toBe(false);
	});
});
