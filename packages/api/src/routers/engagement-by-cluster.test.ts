import { openTestDatabase, seedDatabase, type Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testToday } from '../test-context.ts';

interface Filter {
	alliance?: string;
	sector?: string;
	from?: string;
	to?: string;
}

/** Events per cluster matching the filter, straight from events and event_clusters. */
function matching(db: Database, f: Filter) {
	const { sector } = f;
	let query = db.kysely
		.selectFrom('events as e')
		.leftJoin('event_clusters as c', 'c.event_id', 'e.id');
	if (f.alliance !== undefined) query = query.where('e.alliance', '=', f.alliance);
	if (f.from !== undefined) query = query.where('e.start_date', '>=', f.from);
	if (f.to !== undefined) query = query.where('e.start_date', '<=', f.to);
	if (sector !== undefined)
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('participations as p')
					.select('p.id')
					.whereRef('p.event_id', '=', 'e.id')
					.where('p.sector', '=', sector)
			)
		);
	return query;
}

/** Events per cluster (no summary table). */
async function directEvents(db: Database, f: Filter): Promise<Record<string, number>> {
	const rows = await matching(db, f)
		.select((eb) => ['c.cluster', eb.fn.countAll<number>().as('n')])
		.groupBy('c.cluster')
		.execute();
	return Object.fromEntries(rows.map((r) => [String(r.cluster ?? 'none'), Number(r.n)]));
}

/** Participants per cluster over the raw participations (the filtered sector only, if any). */
async function directPeople(db: Database, f: Filter): Promise<Record<string, number>> {
	let query = matching(db, f)
		.innerJoin('participations as r', 'r.event_id', 'e.id')
		.select((eb) => ['c.cluster', eb.fn.sum<number>('r.participants').as('n')])
		.groupBy('c.cluster');
	if (f.sector !== undefined) query = query.where('r.sector', '=', f.sector);
	const rows = await query.execute();
	return Object.fromEntries(rows.map((r) => [String(r.cluster ?? 'none'), Number(r.n)]));
}

async function expectDirect(db: Database, f: Filter): Promise<void> {
	const { sector, ...rest } = f;
	const input = sector === undefined ? rest : { ...rest, sectors: [sector] };
	const result = await callerFor(db).engagement.byCluster(input as never);
	const api = Object.fromEntries(
		result.clusters.filter((c) => c.events > 0).map((c) => [String(c.cluster), c.events])
	);
	const direct = await directEvents(db, f);
	expect(Object.keys(direct).length).toBeGreaterThan(0);
	expect(api).toEqual(direct);
	const people = await directPeople(db, f);
	for (const c of result.clusters)
		expect([c.cluster, c.participants]).toEqual([c.cluster, people[String(c.cluster)] ?? 0]);
}

describe('engagement.byCluster at the demo seed: events and participants match direct counts', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openDemoDatabase();
	});
	afterAll(() => db.close());

	it.each<Filter>([
		{},
		{ alliance: 'PAK' },
		{ alliance: 'PAK', sector: 'academia', from: '2022-01-01', to: '2025-12-31' }
	])('counts events per cluster like a direct count for %o', async (f) => {
		await expectDirect(db, f);
	});

	it.each([
		{ input: { sectors: ['pirates'] }, path: 'sectors[0]' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' },
		{ input: { from: '2024-05-01', to: '2024-01-01' }, path: 'to' }
	])('rejects $input naming $path', async ({ input, path }) => {
		const shape = await errorShapeOf(callerFor(db).engagement.byCluster(input as never));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe(path);
	});
});

describe('engagement.byCluster at a scale seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'scale', records: 20_000 }, { today: testToday });
	});
	afterAll(() => db.close());

	it.each<Filter>([{}, { sector: 'ngo' }, { from: '2023-03-15', to: '2024-11-20' }])(
		'counts events per cluster like a direct count for %o',
		async (f) => {
			await expectDirect(db, f);
		}
	);
});
