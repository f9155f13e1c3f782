import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testAnalyst } from '../test-context.ts';
import { countMembers } from '../test-counts.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('members.list', () => {
	it("pages through Pakistan's current members", async () => {
		const caller = callerFor(db, { user: testAnalyst });
		const first = await caller.members.list({ alliance: 'PAK', pageSize: 20 });
		expect(first.total).toBe(await countMembers(db, { alliance: 'PAK' }));
		expect(first.rows).toHaveLength(20);
		const second = await caller.members.list({ alliance: 'PAK', pageSize: 20, page: 2 });
		const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
		expect(ids.size).toBe(first.rows.length + second.rows.length);
	});

	it('lists academia alone when sectors=[academia], sorted by name', async () => {
		const page = await callerFor(db, { user: testAnalyst }).members.list({
			alliance: 'PAK',
			sectors: ['academia']
		});
		expect(page.total).toBe(await countMembers(db, { alliance: 'PAK', sector: 'academia' }));
		expect(page.rows.every((r) => r.sector === 'academia' && r.alliance === 'PAK')).toBe(true);
		const names = page.rows.map((r) => r.name.toLowerCase());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('applies defaults: page 1 of 25', async () => {
		const page = await callerFor(db, { user: testAnalyst }).members.list({ alliance: 'MEX' });
		expect(page).toMatchObject({ page: 1, pageSize: 25 });
		expect(page.total).toBe(await countMembers(db, { alliance: 'MEX' }));
	});

	it.each([
		{ input: { pageSize: 1000 }, path: 'pageSize' },
		{ input: { sort: 'id' }, path: 'sort' },
		{ input: { regions: ['PK-XX'] }, path: 'regions[0]' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' },
		{ input: { limit: 5 }, path: 'limit' }
	])('rejects $input naming $path', async ({ input, path }) => {
		const shape = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).members.list(input as never)
		);
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe(path);
	});
});
