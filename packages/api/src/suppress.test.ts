import type { ExactComposition } from '@untoc-alliance/schema';
import { describe, expect, it } from 'vitest';
import { compositionFor, growthFor, matrixFor, suppressCount } from './suppress.ts';

const composition: ExactComposition = {
	total: 7,
	bySector: [
		{ sector: 'ngo', count: 4 },
		{ sector: 'academia', count: 2 },
		{ sector: 'media', count: 1 }
	],
	byRegion: [{ region: 'PK-PB', count: 3 }],
	byTheme: [{ theme: 'drugs', count: 0 }],
	synthetic: true,
	asOf: '2026-11-28'
};

describe('suppressCount', () => {
	it('hides 1 up to the threshold, keeps zero and the threshold itself', () => {
		expect([0, 1, 2, 3, 4].map((n) => suppressCount(n, 3))).toEqual([0, null, null, 3, 4]);
		expect([1, 4, 5].map((n) => suppressCount(n, 5))).toEqual([null, null, 5]);
	});

	it('keeps every count for a full audience', () => {
		expect([0, 1, 2].map((n) => suppressCount(n, null))).toEqual([0, 1, 2]);
	});
});

describe('compositionFor', () => {
	it('suppresses small sectors for the public and says below what', () => {
		const c = compositionFor(composition, 3);
		expect(c.bySector.map((s) => s.count)).toEqual([4, null, null]);
		expect(c.byRegion[0]?.count).toBe(3);
		expect(c.byTheme[0]?.count).toBe(0);
		expect(c.total).toBe(7);
		expect(c.suppressedBelow).toBe(3);
	});

	it('suppresses a total below the threshold too', () => {
		expect(compositionFor({ ...composition, total: 2 }, 3).total).toBeNull();
		expect(compositionFor(composition, 8).total).toBeNull();
	});

	it('answers a full audience exactly', () => {
		expect(compositionFor(composition, null)).toEqual({ ...composition, suppressedBelow: null });
	});
});

describe('matrixFor and growthFor', () => {
	it('suppresses cells, row and column totals, the total and withoutTheme', () => {
		const m = matrixFor(
			{
				cells: [{ sector: 'ngo', theme: 'drugs', count: 2 }],
				rows: [{ sector: 'ngo', total: 2 }],
				columns: [{ theme: 'drugs', total: 2 }],
				total: 2,
				withoutTheme: 1,
				synthetic: false,
				asOf: '2026-11-28'
			},
			3
		);
		expect([m.cells[0]?.count, m.rows[0]?.total, m.columns[0]?.total, m.total]).toEqual([
			null,
			null,
			null,
			null
		]);
		expect(m.withoutTheme).toBeNull();
	});

	it('suppresses each month of the growth series', () => {
		const g = growthFor(
			{
				sectors: ['ngo', 'media'],
				months: [{ month: '2026-01-01', total: 5, counts: [4, 1] }],
				milestones: [],
				synthetic: false,
				asOf: '2026-11-28'
			},
			3
		);
		expect(g.months[0]).toEqual({ month: '2026-01-01', total: 5, counts: [4, null] });
		expect(g.suppressedBelow).toBe(3);
	});
});
