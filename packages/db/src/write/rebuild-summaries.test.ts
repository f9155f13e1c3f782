import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { canonical, directAggregates, storedAggregates } from '../testing/direct-aggregates.ts';
import { openFixture } from '../testing/open-fixture.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

describe('rebuildSummaries (through loadDataset)', () => {
	it('fills the event summaries with exactly the aggregates of the raw rows', async () => {
		const stored = canonical(await storedAggregates(db));
		expect(stored).toEqual(canonical(await directAggregates(db)));
		expect(stored['timeline_rollup']?.length).toBeGreaterThan(0);
	});

	it('gives every membership one member_facts row with its sector and theme bits', async () => {
		const rows = await db.kysely
			.selectFrom('member_facts')
			.selectAll()
			.orderBy('membership_id')
			.execute();
		expect(rows).toHaveLength(8);
		expect(rows[0]).toMatchObject({
			membership_id: 1,
			sector: 'ngo',
			theme_mask: 0b11,
			synthetic: 0
		});
		expect(rows[7]).toMatchObject({
			membership_id: 8,
			name_key: 'theta observatorio',
			synthetic: 1
		});
	});
});
