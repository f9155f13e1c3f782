import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultCache } from '../result-cache.ts';
import {
	callerFor,
	errorShapeOf,
	openDemoDatabase,
	testAnalyst,
	testToday
} from '../test-context.ts';
import { countMembers } from '../test-counts.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

/** Memberships of `alliance` (and `sector`) on day `on`: joined by it and not left by it. */
async function membersOn(f: { alliance: string; on: string; sector?: string }): Promise<number> {
	let query = db.kysely
		.selectFrom('memberships as m')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.where('m.alliance', '=', f.alliance)
		.where('m.joined_on', '<=', f.on)
		.where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>', f.on)]));
	if (f.sector !== undefined) query = query.where('o.sector', '=', f.sector);
	const row = await query
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

describe('alliance.growth', () => {
	it("ends with Pakistan's current members and counts every month end like direct SQL", async () => {
		const g = await callerFor(db, { user: testAnalyst }).alliance.growth({ alliance: 'PAK' });
		expect(g.months.at(-1)?.total).toBe(await countMembers(db, { alliance: 'PAK' }));
		expect(g.asOf).toBe(testToday);
		for (const month of ['2022-09-30', '2023-12-31', '2025-06-30']) {
			const row = g.months.find((m) => m.month === `${month.slice(0, 7)}-01`);
			expect(row?.total, month).toBe(await membersOn({ alliance: 'PAK', on: month }));
			const academia = row?.counts[g.sectors.indexOf('academia')];
			expect(academia).toBe(await membersOn({ alliance: 'PAK', on: month, sector: 'academia' }));
		}
		for (const m of g.months)
			expect(m.counts.reduce((n: number, c) => n + (c ?? NaN), 0)).toBe(m.total);
	});

	it('marks the pilot launch (S7), COP11 and COP12 on the time axis', async () => {
		const g = await callerFor(db, { user: testAnalyst }).alliance.growth({ alliance: 'PAK' });
		expect(g.milestones).toContainEqual(
			expect.objectContaining({ date: '2022-09-15', kind: 'pilot_launch', alliance: 'PAK' })
		);
		expect(g.milestones.find((m) => m.kind === 'pilot_launch')?.sourceUrl).toMatch(/unodc\.org/);
		expect(g.milestones.filter((m) => m.kind === 'cop_session').map((m) => m.date)).toEqual([
			'2022-10-17',
			'2024-10-14'
		]);
	});

	it('from/to bound the months, and sector + region + theme narrow the members', async () => {
		const g = await callerFor(db, { user: testAnalyst }).alliance.growth({
			alliance: 'PAK',
			sectors: ['ngo'],
			regions: ['PK-PB'],
			themes: ['trafficking_in_persons'],
			from: '2023-01-01',
			to: '2024-12-31'
		});
		expect(g.months.map((m) => m.month)).toHaveLength(24);
		expect(g.months[0]?.month).toBe('2023-01-01');
		expect(g.asOf).toBe('2024-12-31');
		expect(g.sectors).toEqual(['ngo']);
		const f = { alliance: 'PAK', sector: 'ngo', region: 'PK-PB', theme: 'trafficking_in_persons' };
		expect(g.months.at(-1)?.total).toBe(
			await countMembers(db, { ...f, from: '2024-12-31', to: '2024-12-31' })
		);
	});

	it('answers a repeated filter from the result cache', async () => {
		const cache = createResultCache();
		const caller = callerFor(db, { cache, user: testAnalyst });
		expect(await caller.alliance.growth({ alliance: 'MEX' })).toEqual(
			await caller.alliance.growth({ alliance: 'MEX' })
		);
		expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
	});
});

describe('alliance.growth rejects bad input, naming the value', () => {
	it.each([
		{ input: { sectors: ['nope'] }, message: 'sectors[0]: Unknown sector "nope"' },
		{ input: { alliance: 'ZZZ' }, message: 'alliance: Unknown alliance "ZZZ"' },
		{ input: { interval: 'month' }, message: 'interval: Unknown field "interval"' }
	])('$input → BAD_REQUEST "$message"', async ({ input, message }) => {
		const shape = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).alliance.growth(input as never)
		);
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.message).toBe(message);
	});

	it('reports every bad field at once, dropping none', async () => {
		const input = { sectors: ['ngo', 'nope'], themes: ['bad'], regions: ['PK-PB'] };
		const shape = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).alliance.growth(input as never)
		);
		expect(shape.data.issues?.map((i) => i.path)).toEqual(['sectors[1]', 'themes[0]']);
	});
});
