import type { MembersListInput } from '@untoc-alliance/schema';
import type * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { listMembers } from './members.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

type Input = Partial<z.output<typeof MembersListInput>>;
const defaults = { sort: 'name', order: 'asc', page: 1, pageSize: 25 } as const;
const list = (input: Input) => listMembers(db, { ...defaults, ...input }, { today: fixtureToday });
const ids = async (input: Input) => (await list(input)).rows.map((r) => r.id);

describe('listMembers', () => {
	it('lists current members by name with their regions and themes', async () => {
		const page = await list({});
		expect(page.total).toBe(5);
		expect(page.rows.map((r) => r.name)).toEqual([
			'Alpha Rights Forum',
			'Beta University',
			'Eta Youth Network',
			'Theta Observatorio',
			'Zeta Research Centre'
		]);
		expect(page.rows[0]).toEqual({
			id: 1,
			name: 'Alpha Rights Forum',
			alliance: 'PAK',
			sector: 'ngo',
			regions: ['PK-IS', 'PK-PB'],
			themes: ['trafficking_in_persons', 'smuggling_of_migrants'],
			joinedOn: '2022-09-15',
			synthetic: false
		});
	});

	it('pages from 1 and keeps total at all matches', async () => {
		const page = await list({ page: 2, pageSize: 2 });
		expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
		expect(page.rows.map((r) => r.id)).toEqual([7, 8]);
	});

	it('returns an empty page past the end', async () => {
		expect(await list({ page: 4, pageSize: 2 })).toMatchObject({ total: 5, rows: [] });
	});

	it.each([
		{ name: 'name desc', input: { sort: 'name', order: 'desc' }, expected: [6, 8, 7, 2, 1] },
		{ name: 'sector asc, ties by id', input: { sort: 'sector' }, expected: [2, 6, 1, 8, 7] },
		{
			name: 'joinedOn desc, ties by id',
			input: { sort: 'joinedOn', order: 'desc' },
			expected: [6, 8, 1, 2, 7]
		}
	] as const)('sorts by $name', async ({ input, expected }) => {
		expect(await ids(input)).toEqual(expected);
	});

	it.each([
		{ q: 'uni', expected: [2] },
		{ q: 'ETA', expected: [2, 7, 8, 6] },
		{ q: '100%', expected: [] }
	])('searches names case-insensitively for "$q"', async ({ q, expected }) => {
		expect(await ids({ q })).toEqual(expected);
	});

	it('applies the filter like the composition (sector, region, period)', async () => {
		expect(await ids({ sectors: ['academia'] })).toEqual([2, 6]);
		expect(await ids({ regions: ['PK-SD'], from: '2023-01-01' })).toEqual([3, 6]);
		expect(
			(await list({ alliance: 'MEX', themes: ['trafficking_in_persons'] })).rows
		).toMatchObject([{ id: 8, regions: [], synthetic: true }]);
	});
});
