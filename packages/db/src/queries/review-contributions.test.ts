import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { demoDataset } from '../seed/demo/index.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { reviewContributions } from './review-contributions.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

const today = '2026-11-28';
const demo = demoDataset({ today });
let db: Database;
beforeAll(async () => {
	db = await openTestDatabase();
	await loadDataset(db, demo);
});
afterAll(() => db.close());

const sectorOf = new Map(demo.organisations.map((o) => [o.id, o.sector]));
const query = (input: Parameters<typeof reviewContributions>[1]) =>
	reviewContributions(db, input, { today });

describe('reviewContributions', () => {
	it("counts Pakistan's contributions per cluster and type, the same as the seed", async () => {
		const result = await query({ alliance: 'PAK' });
		const seeded = demo.contributions.filter((c) => c.country === 'PAK');
		expect(result.total).toBe(seeded.length);
		for (const row of result.byType) {
			const n = seeded.filter((c) => c.cluster === row.cluster && c.type === row.type).length;
			expect(`${row.cluster} ${row.type} ${row.count}`).toBe(`${row.cluster} ${row.type} ${n}`);
		}
		expect(result.byType.reduce((sum, r) => sum + r.count, 0)).toBe(seeded.length);
		expect(result.byType[0]).toMatchObject({ cluster: 1, type: 'position_paper', count: 3 });
		expect(result).toMatchObject({ synthetic: true, asOf: today });
	});

	it('counts each contribution once per author sector, and lists authors with sectors', async () => {
		const result = await query({ alliance: 'MEX' });
		const seeded = demo.contributions.filter((c) => c.country === 'MEX');
		const expected = new Map<string, number>();
		for (const c of seeded)
			for (const s of new Set(c.organisationIds.map((id) => sectorOf.get(id))))
				expected.set(`${c.cluster} ${s}`, (expected.get(`${c.cluster} ${s}`) ?? 0) + 1);
		const actual = new Map(result.bySector.map((r) => [`${r.cluster} ${r.sector}`, r.count]));
		expect(actual).toEqual(expected);
		const first = result.items.at(-1);
		expect(first?.authors.map((a) => a.sector)).toEqual(
			seeded[0]?.organisationIds.map((id) => sectorOf.get(id)).sort()
		);
	});

	it('lists newest first with title, date, type, source and flags', async () => {
		const { items } = await query({ alliance: 'PAK' });
		expect(items.map((i) => i.date)).toEqual(
			items
				.map((i) => i.date)
				.sort()
				.reverse()
		);
		const declaration = items.find((i) => i.type === 'declaration');
		expect(declaration).toMatchObject({
			title: 'Civil Society Declaration 2024',
			date: '2024-11-15',
			cluster: null,
			verified: true,
			synthetic: false
		});
		expect(declaration?.sourceUrl).toMatch(/^https:\/\/www\.cfhr\.com\.pk\//);
		expect(declaration?.authors).toHaveLength(3);
	});

	it('filters by author sector: only matching contributions and sectors are counted', async () => {
		const result = await query({ alliance: 'PAK', sectors: ['legal'] });
		expect(result.total).toBeGreaterThan(0);
		for (const item of result.items)
			expect(item.authors.some((a) => a.sector === 'legal')).toBe(true);
		expect(new Set(result.bySector.map((r) => r.sector))).toEqual(new Set(['legal']));
	});

	it('filters by period, inclusive at both ends', async () => {
		const result = await query({ from: '2023-03-14', to: '2023-12-14' });
		expect(result.items.map((i) => i.date)).toEqual([
			'2023-12-14',
			'2023-10-26',
			'2023-09-28',
			'2023-05-25',
			'2023-03-14'
		]);
	});

	it('covers every country without an alliance, and nothing for an unknown one', async () => {
		expect((await query({})).total).toBe(demo.contributions.length);
		expect(await query({ alliance: 'FRA' })).toMatchObject({ total: 0, byType: [], items: [] });
	});
});
