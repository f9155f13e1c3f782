import { openTestDatabase, seedDatabase, type Database } from '@untoc-alliance/db';
import type { EngagementParticipation } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testToday } from '../test-context.ts';
import {
	directBySector,
	directBySide,
	directTrilateral,
	type DirectFilter
} from '../test-participation-counts.ts';

function totals(rows: { code: string; participants: number }[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const r of rows) out[r.code] = (out[r.code] ?? 0) + r.participants;
	return out;
}

function bySide(p: EngagementParticipation) {
	return totals(p.buckets.flatMap((b) => b.bySide.map((s) => ({ code: s.side, ...s }))));
}

function bySector(p: EngagementParticipation) {
	return totals(p.buckets.flatMap((b) => b.bySector.map((s) => ({ code: s.sector, ...s }))));
}

/** The API input for a direct filter: one-element code lists. */
function inputOf(f: DirectFilter) {
	const { sector, region, theme, ...rest } = f;
	return {
		...rest,
		...(sector === undefined ? {} : { sectors: [sector] }),
		...(region === undefined ? {} : { regions: [region] }),
		...(theme === undefined ? {} : { themes: [theme] })
	} as never;
}

async function expectDirectCounts(db: Database, f: DirectFilter): Promise<void> {
	const p = await callerFor(db).engagement.participation(inputOf(f));
	const side = await directBySide(db, f);
	expect(Object.keys(side).length).toBeGreaterThan(0);
	expect(bySide(p)).toEqual(side);
	expect(bySector(p)).toEqual(await directBySector(db, f));
	const direct = await directTrilateral(db, f);
	expect(p.byType.reduce((n, t) => n + t.trilateral, 0)).toBe(direct.trilateral);
	expect(p.byType.reduce((n, t) => n + t.events, 0)).toBeGreaterThanOrEqual(direct.events);
}

const filters: DirectFilter[] = [
	{},
	{ alliance: 'PAK' },
	{ alliance: 'PAK', sector: 'academia', from: '2022-01-01', to: '2025-12-31' },
	{ sector: 'ngo', theme: 'trafficking_in_persons' },
	{ from: '2023-03-15', to: '2024-11-20' }
];

const scaleFilters: DirectFilter[] = [
	{},
	{ alliance: 'ARG' },
	{ alliance: 'AUT', from: '2022-01-01', to: '2025-12-31' },
	{ sector: 'ngo', theme: 'trafficking_in_persons' },
	{ from: '2023-03-15', to: '2024-11-20', sector: 'media' }
];

describe('engagement.participation at the demo seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openDemoDatabase();
	});
	afterAll(() => db.close());

	it.each(filters)('counts by side and sector equal a direct count for %o', async (f) => {
		await expectDirectCounts(db, f);
	});

	it('counts the region filter like a direct count on the events of that region', async () => {
		const [event] = await db.kysely
			.selectFrom('events')
			.select('region')
			.where('region', 'is not', null)
			.limit(1)
			.execute();
		await expectDirectCounts(db, { region: String(event?.region) });
	});

	it('answers an empty result for a period with no events', async () => {
		const p = await callerFor(db).engagement.participation({ from: '2040-01-01' });
		expect(p).toEqual({ interval: 'month', buckets: [], byType: [], synthetic: false });
	});

	it.each([
		{ input: { interval: 'week' }, path: 'interval' },
		{ input: { sectors: ['pirates'] }, path: 'sectors[0]' },
		{ input: { from: '2024-05-01', to: '2024-01-01' }, path: 'to' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' }
	])('rejects $input naming $path', async ({ input, path }) => {
		const shape = await errorShapeOf(callerFor(db).engagement.participation(input as never));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe(path);
	});
});

describe('engagement.participation at a scale seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'scale', records: 100_000 }, { today: testToday });
	});
	afterAll(() => db.close());

	it.each(scaleFilters)('counts by side and sector equal a direct count for %o', async (f) => {
		await expectDirectCounts(db, f);
	});
});
