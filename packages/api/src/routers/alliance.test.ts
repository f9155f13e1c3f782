import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultCache } from '../result-cache.ts';
import { callerFor, errorShapeOf, openDemoDatabase, testAnalyst } from '../test-context.ts';
import { countMembers } from '../test-counts.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('alliance.composition', () => {
	it('with sectors=[academia] counts academia alone, and total equals its count', async () => {
		const result = await callerFor(db, { user: testAnalyst }).alliance.composition({
			alliance: 'PAK',
			sectors: ['academia']
		});
		expect(result.bySector.map((s) => s.sector)).toEqual(['academia']);
		expect(result.total).toBe(result.bySector[0]?.count);
		expect(result.total).toBe(await countMembers(db, { alliance: 'PAK', sector: 'academia' }));
		expect(result.total).toBeGreaterThan(0);
	});

	it("counts Pakistan's current members, one sector each", async () => {
		const result = await callerFor(db, { user: testAnalyst }).alliance.composition({
			alliance: 'PAK'
		});
		expect(result.total).toBe(await countMembers(db, { alliance: 'PAK' }));
		expect(result.total).toBeGreaterThanOrEqual(50);
		expect(result.bySector.reduce((sum, s) => sum + (s.count ?? NaN), 0)).toBe(result.total);
		expect(result.asOf).toBe('2026-11-28');
	});

	it('combines sector, region and theme: every given field must match', async () => {
		const f = { alliance: 'PAK', sector: 'ngo', region: 'PK-PB', theme: 'trafficking_in_persons' };
		const result = await callerFor(db, { user: testAnalyst }).alliance.composition({
			alliance: 'PAK',
			sectors: ['ngo'],
			regions: ['PK-PB'],
			themes: ['trafficking_in_persons']
		});
		expect(result.total).toBe(await countMembers(db, f));
		expect(result.bySector.map((s) => s.sector)).toEqual((result.total ?? NaN) > 0 ? ['ngo'] : []);
		expect(result.byRegion.every((r) => r.region === 'PK-PB')).toBe(true);
		expect(result.byTheme.every((t) => t.theme === 'trafficking_in_persons')).toBe(true);
	});

	it('combines sector, region, theme and period: memberships overlapping the period', async () => {
		const f = {
			alliance: 'PAK',
			sector: 'think_tank',
			region: 'PK-IS',
			theme: 'money_laundering',
			from: '2022-01-01',
			to: '2023-12-31'
		};
		const filter = {
			alliance: 'PAK',
			sectors: ['think_tank' as const],
			regions: ['PK-IS' as const],
			themes: ['money_laundering' as const],
			from: f.from,
			to: f.to
		};
		const caller = callerFor(db, { user: testAnalyst });
		const composition = await caller.alliance.composition(filter);
		expect(composition.total).toBe(await countMembers(db, f));
		expect(composition.total).toBeGreaterThan(0);
		expect(composition.bySector).toEqual([{ sector: 'think_tank', count: composition.total }]);
		const current = await caller.alliance.composition({
			...filter,
			from: undefined,
			to: undefined
		});
		expect(current.total).toBe(await countMembers(db, { ...f, from: undefined, to: undefined }));
		const page = await caller.members.list({ ...filter, pageSize: 100 });
		expect(page.total).toBe(composition.total);
	});

	it('with only a start date counts memberships not ended before it', async () => {
		const result = await callerFor(db, { user: testAnalyst }).alliance.composition({
			alliance: 'PAK',
			from: '2023-01-01'
		});
		expect(result.total).toBe(await countMembers(db, { alliance: 'PAK', from: '2023-01-01' }));
	});

	it('answers a repeated filter from the result cache', async () => {
		const cache = createResultCache();
		const caller = callerFor(db, { cache, user: testAnalyst });
		const first = await caller.alliance.composition({ alliance: 'MEX' });
		const second = await caller.alliance.composition({ alliance: 'MEX' });
		expect(second).toEqual(first);
		expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
	});
});

describe('alliance.composition rejects bad input, naming the field', () => {
	const cases = [
		{ name: 'an unknown sector', input: { sectors: ['nope'] }, path: 'sectors[0]' },
		{ name: 'a date not in the calendar', input: { from: '2024-02-30' }, path: 'from' },
		{
			name: 'a period that ends before it starts',
			input: { from: '2024-05-01', to: '2024-01-01' },
			path: 'to'
		},
		{ name: 'an unknown key', input: { sector: 'ngo' }, path: 'sector' },
		{ name: 'an unknown alliance', input: { alliance: 'ZZZ' }, path: 'alliance' }
	];
	it.each(cases)('$name → BAD_REQUEST at $path', async ({ input, path }) => {
		const shape = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).alliance.composition(input as never)
		);
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.map((i) => i.path)).toEqual([path]);
		expect(shape.message.startsWith(`${path}: `)).toBe(true);
		expect(shape.data).not.toHaveProperty('stack');
	});

	it('words an unknown sector and an unknown alliance as readable sentences', async () => {
		const caller = callerFor(db, { user: testAnalyst });
		const sector = await errorShapeOf(caller.alliance.composition({ sectors: ['nope' as 'ngo'] }));
		expect(sector.message).toBe('sectors[0]: Unknown sector "nope"');
		const alliance = await errorShapeOf(caller.alliance.composition({ alliance: 'ZZZ' }));
		expect(alliance.message).toBe('alliance: Unknown alliance "ZZZ"');
	});
});
