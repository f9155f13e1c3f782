import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

interface EventCount {
	alliance: string;
	from: string;
	to: string;
	sector?: string;
	theme?: string;
}

async function countEvents(f: EventCount): Promise<number> {
	const { sector, theme } = f;
	let query = db.kysely
		.selectFrom('events as e')
		.where('e.alliance', '=', f.alliance)
		.where('e.start_date', '>=', f.from)
		.where('e.start_date', '<=', f.to);
	if (sector !== undefined) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('participations as p')
					.select('p.id')
					.whereRef('p.event_id', '=', 'e.id')
					.where('p.sector', '=', sector)
			)
		);
	}
	if (theme !== undefined) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('event_themes as t')
					.select('t.event_id')
					.whereRef('t.event_id', '=', 'e.id')
					.where('t.theme', '=', theme)
			)
		);
	}
	const row = await query
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

describe('engagement.timeline', () => {
	it("counts Pakistan's events in a period, bucket by bucket", async () => {
		const f = { alliance: 'PAK', from: '2019-01-01', to: '2026-11-28' };
		const result = await callerFor(db).engagement.timeline(f);
		expect(result.interval).toBe('month');
		expect(result.totals.events).toBe(await countEvents(f));
		expect(result.totals.events).toBeGreaterThan(0);
		expect(result.buckets.reduce((sum, b) => sum + b.events, 0)).toBe(result.totals.events);
	});

	it('buckets by year with first days of years as starts', async () => {
		const result = await callerFor(db).engagement.timeline({ alliance: 'PAK', interval: 'year' });
		expect(result.interval).toBe('year');
		expect(result.buckets.every((b) => b.start.endsWith('-01-01'))).toBe(true);
		for (const b of result.buckets) {
			expect(b.byType.reduce((sum, t) => sum + t.events, 0)).toBe(b.events);
		}
	});

	it('counts the events a sector took part in, within the period', async () => {
		const f = { alliance: 'PAK', from: '2022-01-01', to: '2025-12-31' };
		const result = await callerFor(db).engagement.timeline({ ...f, sectors: ['academia'] });
		expect(result.totals.events).toBe(await countEvents({ ...f, sector: 'academia' }));
		expect(result.totals.events).toBeGreaterThan(0);
		expect(result.buckets.every((b) => b.start >= '2022-01-01' && b.start <= '2025-12-31')).toBe(
			true
		);
	});

	it('combines sector, theme and period', async () => {
		const f = { alliance: 'PAK', from: '2019-01-01', to: '2026-11-28' };
		const result = await callerFor(db).engagement.timeline({
			...f,
			sectors: ['ngo'],
			themes: ['trafficking_in_persons']
		});
		const expected = await countEvents({ ...f, sector: 'ngo', theme: 'trafficking_in_persons' });
		expect(result.totals.events).toBe(expected);
	});

	it.each([
		{ input: { interval: 'week' }, path: 'interval' },
		{ input: { to: '2020-13-01' }, path: 'to' },
		{ input: { from: '2024-05-01', to: '2024-01-01' }, path: 'to' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' }
	])('rejects $input naming $path', async ({ input, path }) => {
		const shape = await errorShapeOf(callerFor(db).engagement.timeline(input as never));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe(path);
	});
});
