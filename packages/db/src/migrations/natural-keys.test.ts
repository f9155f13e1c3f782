import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Database } from '../database.ts';
import { openFixture } from '../testing/open-fixture.ts';

let db: Database;
beforeEach(async () => {
	db = await openFixture();
});
afterEach(async () => {
	await db.close();
});

const provenance = { verified: 0, synthetic: 0, source_url: null };

describe('migration 0007: natural keys are unique', () => {
	test('a second organisation with the same name key and country is refused', async () => {
		const row = {
			name: 'ALPHA RIGHTS FORUM',
			name_key: 'alpha rights forum',
			sector: 'ngo',
			public: 1,
			...provenance
		};
		await expect(
			db.kysely
				.insertInto('organisations')
				.values({ id: 900, country: 'PAK', ...row })
				.execute()
		).rejects.toThrow();
		await db.kysely
			.insertInto('organisations')
			.values({ id: 901, country: 'MEX', ...row })
			.execute();
	});

	test('a second membership of the same organisation in the same alliance is refused', async () => {
		const member = await db.kysely
			.selectFrom('memberships')
			.select(['alliance', 'organisation_id'])
			.executeTakeFirstOrThrow();
		await expect(
			db.kysely
				.insertInto('memberships')
				.values({
					id: 900,
					...member,
					role: 'member',
					joined_on: '2024-01-01',
					left_on: null,
					...provenance
				})
				.execute()
		).rejects.toThrow();
	});
});
