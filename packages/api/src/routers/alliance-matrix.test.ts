import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testAnalyst } from '../test-context.ts';
import { countMembers } from '../test-counts.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('alliance.matrix', () => {
	it("counts Pakistan's members per sector × theme like direct SQL", async () => {
		const caller = callerFor(db, { user: testAnalyst });
		const m = await caller.alliance.matrix({ alliance: 'PAK' });
		expect(m.cells.length).toBeGreaterThan(5);
		for (const cell of m.cells.slice(0, 8)) {
			const f = { alliance: 'PAK', sector: cell.sector, theme: cell.theme };
			expect(cell.count, `${cell.sector}×${cell.theme}`).toBe(await countMembers(db, f));
		}
		for (const column of m.columns)
			expect(column.total).toBe(await countMembers(db, { alliance: 'PAK', theme: column.theme }));
		expect(m.cells.every((c) => (c.count ?? NaN) > 0)).toBe(true);
		expect(m.rows.reduce((n, r) => n + (r.total ?? NaN), 0)).toBe(m.total);
		const composition = await caller.alliance.composition({ alliance: 'PAK' });
		expect((m.total ?? NaN) + (m.withoutTheme ?? NaN)).toBe(composition.total);
	});

	it('combines sector, region, theme and period: the one cell equals the direct count', async () => {
		const f = {
			alliance: 'PAK',
			sector: 'think_tank',
			region: 'PK-IS',
			theme: 'money_laundering',
			from: '2022-01-01',
			to: '2023-12-31'
		};
		const m = await callerFor(db, { user: testAnalyst }).alliance.matrix({
			alliance: 'PAK',
			sectors: ['think_tank'],
			regions: ['PK-IS'],
			themes: ['money_laundering'],
			from: f.from,
			to: f.to
		});
		const expected = await countMembers(db, f);
		expect(expected).toBeGreaterThan(0);
		expect(m.cells).toEqual([{ sector: 'think_tank', theme: 'money_laundering', count: expected }]);
		expect(m).toMatchObject({
			rows: [{ sector: 'think_tank', total: expected }],
			columns: [{ theme: 'money_laundering', total: expected }],
			total: expected
		});
	});

	it.each([
		{ input: { themes: ['piracy'] }, message: 'themes[0]: Unknown theme "piracy"' },
		{ input: { regions: ['PK-XX'] }, message: 'regions[0]: Unknown region "PK-XX"' },
		{ input: { alliance: 'ZZZ' }, message: 'alliance: Unknown alliance "ZZZ"' }
	])('rejects $input with BAD_REQUEST "$message"', async ({ input, message }) => {
		const shape = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).alliance.matrix(input as never)
		);
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.message).toBe(message);
	});
});
