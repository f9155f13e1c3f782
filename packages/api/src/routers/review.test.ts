import type { Database } from '@untoc-alliance/db';
import { clusterList } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('review.progress', () => {
	it("returns Pakistan's review cluster by cluster, seven steps each", async () => {
		const result = await callerFor(db).review.progress({ country: 'PAK' });
		expect(result.country).toBe('PAK');
		const reviews = await db.kysely
			.selectFrom('reviews')
			.where('country', '=', 'PAK')
			.select('cluster')
			.execute();
		expect(result.clusters.map((c) => c.cluster).sort()).toEqual(
			reviews.map((r) => r.cluster).sort()
		);
		for (const cluster of result.clusters) {
			expect(cluster.steps).toHaveLength(7);
			expect(cluster.name).toBe(clusterList.find((c) => c.id === cluster.cluster)?.name);
		}
	});

	it('answers NOT_FOUND naming a country without review data', async () => {
		const shape = await errorShapeOf(callerFor(db).review.progress({ country: 'FRA' }));
		expect(shape.data.code).toBe('NOT_FOUND');
		expect(shape.message).toContain('"FRA"');
	});

	it('rejects a country that is not an alpha-3 code', async () => {
		const shape = await errorShapeOf(callerFor(db).review.progress({ country: 'pakistan' }));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe('country');
	});
});
