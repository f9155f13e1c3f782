import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { directMemberActivity, rawEngagement } from '../testing/direct-engagement.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { engagementMembers, engagementWindow } from './member-engagement.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

const today = '2026-11-28';

async function expectDirect(db: Database, filter: DashboardFilter): Promise<void> {
	const result = await engagementMembers(db, { ...filter, limit: 50 }, { today });
	const { asOf, since } = engagementWindow(filter, today);
	const direct = directMemberActivity(await rawEngagement(db), filter, asOf);
	expect(result.members).toBe(direct.size);
	expect(result.members).toBeGreaterThan(0);
	for (const row of [...result.most, ...result.least, ...result.inactive.rows]) {
		const d = direct.get(row.id);
		expect([row.id, row.events, row.participants, row.lastEvent]).toEqual([
			row.id,
			d?.events,
			d?.participants,
			d?.last
		]);
	}
	const inactive = [...direct.values()].filter((d) => d.last === null || d.last <= since);
	expect(result.inactive.total).toBe(inactive.length);
	const topEvents = Math.max(...[...direct.values()].map((d) => d.events));
	expect(result.most[0]?.events).toBe(topEvents);
}

const filters: DashboardFilter[] = [
	{},
	{ alliance: 'PAK' },
	{ sectors: ['academia', 'ngo'] },
	{ alliance: 'PAK', regions: ['PK-PB'] },
	{ themes: ['drugs'] },
	{ from: '2023-03-15', to: '2025-08-20' },
	{ alliance: 'PAK', sectors: ['ngo'], themes: ['trafficking_in_persons'], from: '2022-01-01' }
];

describe('engagementMembers at the demo seed: counts equal direct counts on the raw rows', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'demo' }, { today });
	});
	afterAll(() => db.close());

	it.each(filters)('ranks like a direct count for %o', async (f) => {
		await expectDirect(db, f);
	});
});

describe('engagementMembers at a scale seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'scale', records: 20_000 }, { today });
	});
	afterAll(() => db.close());

	it.each<DashboardFilter>([
		{},
		{ alliance: 'PAK' },
		{ sectors: ['ngo'] },
		{ from: '2022-09-15' },
		{ from: '2020-01-01', to: '2024-12-31' },
		{ alliance: 'MEX', from: '2021-02-03', to: '2021-02-03' }
	])('ranks like a direct count for %o', async (f) => {
		await expectDirect(db, f);
	});
});

describe('engagementMembers on the hand-made fixture (today 2024-06-15)', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());

	it('ranks by events, then participants; the least engaged by events, then name', async () => {
		const r = await engagementMembers(db, { alliance: 'PAK', limit: 10 }, { today: fixtureToday });
		// current PAK members on 2024-06-15: 1, 2 and 6 (3 left in January, 5 leaves that day,
		// 4 joins in July)
		expect(r.members).toBe(3);
		expect(r.most.map((m) => [m.id, m.events, m.participants])).toEqual([
			[1, 3, 17],
			[2, 2, 12],
			[6, 2, 6]
		]);
		expect(r.least.map((m) => m.id)).toEqual([2, 6, 1]);
		expect(r.asOf).toBe('2024-06-15');
		expect(r.since).toBe('2023-06-15');
	});

	it('lists as inactive the members with no event in the twelve months, longest first', async () => {
		const r = await engagementMembers(db, { alliance: 'PAK', limit: 10 }, { today: fixtureToday });
		// 6 attended event 8 on 2023-08-10; 1 last on 2022-11-05 and 2 on 2022-09-20
		expect(r.inactive.total).toBe(2);
		expect(r.inactive.rows.map((m) => [m.id, m.lastEvent])).toEqual([
			[2, '2022-09-20'],
			[1, '2022-11-05']
		]);
	});

	it('judges membership and inactivity on `to` when it is before today', async () => {
		const r = await engagementMembers(
			db,
			{ alliance: 'PAK', from: '2022-01-01', to: '2023-06-30', limit: 10 },
			{ today: fixtureToday }
		);
		// on 2023-06-30, 1, 2, 3, 5 and 6 are members; 3 and 6 attended event 4 in January 2023
		expect(r.asOf).toBe('2023-06-30');
		expect(r.since).toBe('2022-06-30');
		expect(r.members).toBe(5);
		expect(r.most.map((m) => [m.id, m.events])).toEqual([
			[1, 3],
			[2, 2],
			[3, 1],
			[6, 1],
			[5, 0]
		]);
		expect(r.inactive.rows.map((m) => m.id)).toEqual([5]);
		expect(r.inactive.rows[0]?.lastEvent).toBeNull();
	});

	it('breaks ties by name and limits each ranking', async () => {
		const r = await engagementMembers(
			db,
			{ alliance: 'PAK', from: '2023-01-01', to: '2023-12-31', limit: 2 },
			{ today: fixtureToday }
		);
		// members on 2023-12-31: 1, 2, 3, 5, 6; in 2023 6 has two events, 3 one, 1, 2 and 5 none:
		// the least engaged by name (Alpha, Beta, then Epsilon)
		expect(r.most.map((m) => m.id)).toEqual([6, 3]);
		expect(r.least.map((m) => m.id)).toEqual([1, 2]);
	});

	it('selects members by sector, theme and region', async () => {
		const opts = { today: fixtureToday };
		const bySector = await engagementMembers(db, { sectors: ['academia'], limit: 10 }, opts);
		expect(bySector.most.map((m) => m.id).sort()).toEqual([2, 6]);
		const byTheme = await engagementMembers(db, { themes: ['drugs'], limit: 10 }, opts);
		expect(byTheme.most.map((m) => m.id)).toEqual([6]);
		const byRegion = await engagementMembers(db, { regions: ['PK-IS'], limit: 10 }, opts);
		expect(byRegion.most.map((m) => m.id)).toEqual([1]);
		expect(byRegion.synthetic).toBe(false);
	});
});
