import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { allianceComposition } from '../queries/composition.ts';
import { listAlliances } from '../queries/alliances.ts';
import { dataVersion } from '../write/data-version.ts';
import { seedDatabase } from './seed-database.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

const today = '2025-06-30';
let db: Database | undefined;
afterEach(async () => {
	await db?.close();
});

async function fresh(): Promise<Database> {
	db = await openTestDatabase();
	return db;
}

describe('seedDatabase', () => {
	it('loads the demo data into an empty database, with Pakistan and Mexico', async () => {
		const d = await fresh();
		expect(await seedDatabase(d, { kind: 'demo' }, { today })).toEqual({ seeded: true });
		const codes = (await listAlliances(d)).map((a) => a.code);
		expect(codes).toEqual(expect.arrayContaining(['MEX', 'PAK']));
		expect((await allianceComposition(d, { alliance: 'PAK' }, { today })).total).toBeGreaterThan(0);
	});

	it('leaves a database that already has alliances alone', async () => {
		const d = await fresh();
		await seedDatabase(d, { kind: 'scale', records: 100 }, { today });
		const version = await dataVersion(d);
		expect(await seedDatabase(d, { kind: 'demo' }, { today })).toEqual({ seeded: false });
		expect(await dataVersion(d)).toBe(version);
	});

	it('seeds nothing for SEED=none', async () => {
		const d = await fresh();
		expect(await seedDatabase(d, { kind: 'none' }, { today })).toEqual({ seeded: false });
		expect(await listAlliances(d)).toEqual([]);
	});
});
