import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureDataset } from '../testing/fixture.ts';
import { dataVersion } from './data-version.ts';
import { loadDataset } from './load-dataset.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

let db: Database | undefined;
afterEach(async () => {
	await db?.close();
});

describe('loadDataset', () => {
	it('writes every entity with its join rows and bumps the data version once', async () => {
		db = await openTestDatabase();
		await loadDataset(db, fixtureDataset());
		const count = async (table: 'participations' | 'membership_regions' | 'review_steps') =>
			(await db?.kysely.selectFrom(table).selectAll().execute())?.length;
		expect([
			await count('participations'),
			await count('membership_regions'),
			await count('review_steps')
		]).toEqual([13, 9, 7]);
		expect(await dataVersion(db)).toBe(1);
	});

	it('writes nothing when any row breaks a constraint (one transaction)', async () => {
		db = await openTestDatabase();
		const data = fixtureDataset();
		const broken = data.participations[0];
		if (broken) broken.eventId = 999;
		await expect(loadDataset(db, data)).rejects.toThrow(/foreign key/i);
		expect(await db.kysely.selectFrom('organisations').selectAll().execute()).toEqual([]);
		expect(await dataVersion(db)).toBe(0);
	});
});
