import type { Database } from '@untoc-alliance/db';
import { sectors, themes } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openDemoDatabase } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('reference.vocabulary', () => {
	it('lists every sector and theme with its label, in vocabulary order', async () => {
		const result = await callerFor(db).reference.vocabulary();
		expect(result.sectors.map((s) => s.code)).toEqual(sectors.codes);
		expect(result.sectors[1]).toEqual({ code: 'academia', label: 'Academia' });
		expect(result.themes).toHaveLength(themes.codes.length);
	});

	it('gives each region its label and country', async () => {
		const result = await callerFor(db).reference.vocabulary();
		expect(result.regions).toContainEqual({ code: 'PK-PB', label: 'Punjab', country: 'PAK' });
		expect(result.regions.find((r) => r.code === 'MX-CMX')?.country).toBe('MEX');
	});

	it('carries the reference data and the alliances of the database', async () => {
		const result = await callerFor(db).reference.vocabulary();
		expect(result.clusters.map((c) => c.id)).toEqual([1, 2, 3, 4]);
		expect(result.reviewSteps).toHaveLength(7);
		expect(result.instruments.map((i) => i.code)).toContain('untoc');
		const codes = await db.kysely.selectFrom('alliances').select('code').execute();
		expect(result.alliances.map((a) => a.code).sort()).toEqual(codes.map((c) => c.code).sort());
		expect(result.alliances.map((a) => a.code)).toEqual(expect.arrayContaining(['PAK', 'MEX']));
	});
});
