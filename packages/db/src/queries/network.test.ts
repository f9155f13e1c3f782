import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { directOrganisationEvents, rawEngagement } from '../testing/direct-engagement.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { engagementNetwork } from './network.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

const today = '2026-11-28';

/** Nodes and links equal to the distinct shared events of the raw participations. */
async function expectDirect(db: Database, filter: DashboardFilter, limit = 30): Promise<void> {
	const result = await engagementNetwork(db, { ...filter, limit }, { today });
	const direct = directOrganisationEvents(await rawEngagement(db), filter);
	expect(result.organisations).toBe(direct.size);
	expect(result.nodes.length).toBe(Math.min(limit, direct.size));
	expect(result.nodes.length).toBeGreaterThan(0);
	for (const n of result.nodes) expect([n.id, n.events]).toEqual([n.id, direct.get(n.id)?.size]);
	// nobody left out has more events than the last node listed
	const listed = new Set(result.nodes.map((n) => n.id));
	const last = result.nodes.at(-1)?.events ?? 0;
	for (const [id, events] of direct)
		if (!listed.has(id)) expect(events.size).toBeLessThanOrEqual(last);
	const expected = [];
	const ids = [...listed].sort((a, b) => a - b);
	for (const [i, a] of ids.entries())
		for (const b of ids.slice(i + 1)) {
			const mine = direct.get(a) ?? new Set<number>();
			const shared = [...(direct.get(b) ?? [])].filter((e) => mine.has(e)).length;
			if (shared > 0) expected.push({ source: a, target: b, shared });
		}
	const key = (l: { source: number; target: number }) => `${l.source}-${l.target}`;
	expect([...result.links].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
		expected.sort((a, b) => key(a).localeCompare(key(b)))
	);
	for (let i = 1; i < result.links.length; i++)
		expect(result.links[i - 1]?.shared).toBeGreaterThanOrEqual(result.links[i]?.shared ?? 0);
}

describe('engagementNetwork at the demo seed: nodes and links equal direct counts', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'demo' }, { today });
	});
	afterAll(() => db.close());

	it.each<DashboardFilter>([
		{},
		{ alliance: 'PAK' },
		{ sectors: ['academia'] },
		{ regions: ['PK-PB'] },
		{ themes: ['drugs', 'firearms'] },
		{ from: '2023-03-15', to: '2025-08-20' },
		{ alliance: 'PAK', sectors: ['ngo', 'media'], from: '2022-01-01', to: '2026-06-30' }
	])('counts like the raw rows for %o', async (f) => {
		await expectDirect(db, f);
	});
});

describe('engagementNetwork at a scale seed', () => {
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
		{ alliance: 'PAK', regions: ['PK-PB', 'PK-SD'] },
		{ themes: ['cybercrime'], from: '2020-01-01', to: '2024-12-31' }
	])('counts like the raw rows for %o', async (f) => {
		await expectDirect(db, f, 40);
	});
});

describe('engagementNetwork on the hand-made fixture', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());

	it('lists the most engaged organisations, ties by name, with their links', async () => {
		const r = await engagementNetwork(db, { alliance: 'PAK', limit: 3 }, { today: fixtureToday });
		// PAK events: org 1 in 1, 3, 7; org 2 in 1, 2; org 6 in 4, 8; org 3 in 4
		expect(r.nodes.map((n) => [n.id, n.events, n.membershipId])).toEqual([
			[1, 3, 1],
			[2, 2, 2],
			[6, 2, 6]
		]);
		expect(r.links).toEqual([{ source: 1, target: 2, shared: 1 }]);
		expect(r.organisations).toBe(4);
	});

	it('keeps only the events of the filtered alliance (global events have none)', async () => {
		const r = await engagementNetwork(db, { alliance: 'MEX', limit: 10 }, { today: fixtureToday });
		expect(r.nodes.map((n) => n.id)).toEqual([7]);
		expect(r.links).toEqual([]);
		const none = await engagementNetwork(
			db,
			{ alliance: 'MEX', from: '2024-01-01', limit: 10 },
			{ today: fixtureToday }
		);
		expect(none).toEqual({ nodes: [], links: [], organisations: 0, synthetic: false });
	});
});
