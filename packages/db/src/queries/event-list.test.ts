import type { DashboardFilter, EngagementEventsInput } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { directEventIds, rawEngagement } from '../testing/direct-engagement.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { listEvents } from './event-list.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

const today = '2026-11-28';
const defaults = { sort: 'date', order: 'desc', page: 1, pageSize: 100 } as const;
type Input = Omit<EngagementEventsInput, 'sort' | 'order' | 'page' | 'pageSize'> &
	Partial<Pick<EngagementEventsInput, 'sort' | 'order' | 'page' | 'pageSize'>>;
const list = (db: Database, input: Input) => listEvents(db, { ...defaults, ...input });

async function expectDirect(db: Database, filter: DashboardFilter): Promise<void> {
	const direct = directEventIds(await rawEngagement(db), filter);
	const page = await list(db, { ...filter, pageSize: 20 });
	expect(page.total).toBe(direct.size);
	expect(page.total).toBeGreaterThan(0);
	for (const row of page.rows) expect(direct.has(row.id)).toBe(true);
}

const filters: DashboardFilter[] = [
	{},
	{ alliance: 'PAK' },
	{ sectors: ['academia'] },
	{ regions: ['PK-PB'] },
	{ themes: ['drugs'] },
	{ from: '2023-03-15', to: '2025-08-20' },
	{
		alliance: 'PAK',
		sectors: ['ngo', 'media'],
		themes: ['trafficking_in_persons'],
		from: '2022-01-01'
	}
];

describe('listEvents at the demo seed: totals equal direct counts', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'demo' }, { today });
	});
	afterAll(() => db.close());

	it.each(filters)('counts like the raw rows for %o', async (f) => {
		await expectDirect(db, f);
	});

	it('searches titles and cities, case-insensitively, with wildcards taken literally', async () => {
		const page = await list(db, { q: 'LAHORE' });
		expect(page.total).toBeGreaterThan(0);
		for (const r of page.rows)
			expect(`${r.title} ${r.city ?? ''}`.toLowerCase()).toContain('lahore');
		expect((await list(db, { q: '%' })).total).toBe(0);
	});

	it('sorts by date, title and participants, ties by id, both ways', async () => {
		for (const sort of ['date', 'title', 'participants'] as const)
			for (const order of ['asc', 'desc'] as const) {
				const rows = (await list(db, { alliance: 'PAK', sort, order })).rows;
				const value = (r: (typeof rows)[number]) =>
					sort === 'date' ? r.startDate : sort === 'title' ? r.title : r.participants;
				for (let i = 1; i < rows.length; i++) {
					const [a, b] = [rows[i - 1], rows[i]];
					if (!a || !b) continue;
					const cmp = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : a.id - b.id;
					expect(order === 'asc' ? cmp < 0 : cmp > 0).toBe(true);
				}
			}
	});

	it('pages through every matching event once', async () => {
		const all = await list(db, { alliance: 'PAK', pageSize: 100 });
		const seen: number[] = [];
		for (let page = 1; page <= Math.ceil(all.total / 7); page++)
			seen.push(...(await list(db, { alliance: 'PAK', pageSize: 7, page })).rows.map((r) => r.id));
		expect(seen).toEqual(all.rows.map((r) => r.id));
		expect((await list(db, { alliance: 'PAK', page: 1000 })).rows).toEqual([]);
	});

	it('keeps only the given types', async () => {
		const raw = await rawEngagement(db);
		const page = await list(db, { types: ['workshop', 'training'] });
		const direct = raw.events.filter((e) => e.type === 'workshop' || e.type === 'training');
		expect(page.total).toBe(direct.length);
		expect(new Set(page.rows.map((r) => r.type))).toEqual(new Set(['workshop', 'training']));
	});
});

describe('listEvents at a scale seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'scale', records: 20_000 }, { today });
	});
	afterAll(() => db.close());

	it.each<DashboardFilter>([{}, { alliance: 'PAK' }, { sectors: ['ngo'] }, { from: '2022-09-15' }])(
		'counts like the raw rows for %o',
		async (f) => {
			await expectDirect(db, f);
		}
	);
});

describe('listEvents on the hand-made fixture', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());

	it('gives each row its participants by side and by sector', async () => {
		const page = await list(db, { alliance: 'PAK', sort: 'date', order: 'asc', pageSize: 1 });
		expect(page.total).toBe(6);
		expect(page.rows[0]).toMatchObject({
			id: 1,
			title: 'Event 1',
			participants: 38,
			bySide: [
				{ side: 'government', participants: 20 },
				{ side: 'civil_society', participants: 15 },
				{ side: 'international', participants: 3 }
			],
			bySector: [
				{ sector: 'ngo', participants: 10 },
				{ sector: 'academia', participants: 5 }
			],
			organisers: [],
			clusters: []
		});
	});

	it('leaves global events out under an alliance filter, as the timeline does', async () => {
		const all = await list(db, {});
		const pak = await list(db, { alliance: 'PAK' });
		const mex = await list(db, { alliance: 'MEX' });
		expect(all.total).toBe(8);
		expect(pak.total + mex.total).toBe(7);
	});
});
