import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testToday } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

const contributions = (
	input: Parameters<ReturnType<typeof callerFor>['review']['contributions']>[0]
) => callerFor(db).review.contributions(input);

describe('review.contributions', () => {
	it("counts Pakistan's contributions per cluster × type and matches the database", async () => {
		const result = await contributions({ alliance: 'PAK' });
		const rows = await db.kysely
			.selectFrom('contributions')
			.where('country', '=', 'PAK')
			.select(['cluster', 'type'])
			.execute();
		expect(result.total).toBe(rows.length);
		const sum = (cluster: number | null) =>
			result.byType.filter((r) => r.cluster === cluster).reduce((n, r) => n + r.count, 0);
		expect(sum(1)).toBe(rows.filter((r) => r.cluster === 1).length);
		expect(sum(null)).toBe(rows.filter((r) => r.cluster === null).length);
		expect(result.asOf).toBe(testToday);
	});

	it('filters by sector and period, and lists authors with their sectors', async () => {
		const result = await contributions({ sectors: ['youth'], from: '2026-01-01' });
		expect(result.items.map((i) => i.title)).toEqual([
			'Youth statement on migration and organized crime'
		]);
		expect(result.items[0]?.authors.every((a) => a.sector === 'youth')).toBe(true);
		expect(result.bySector).toEqual([{ cluster: null, sector: 'youth', count: 1 }]);
	});

	it('rejects a period that ends before it starts, naming "to"', async () => {
		const shape = await errorShapeOf(contributions({ from: '2024-01-01', to: '2023-01-01' }));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.[0]?.path).toBe('to');
	});

	it('rejects an unknown sector, naming the field', async () => {
		const shape = await errorShapeOf(
			contributions({ sectors: ['astrology'] } as unknown as { sectors: ['ngo'] })
		);
		expect(shape.data.issues?.[0]?.path).toBe('sectors[0]');
	});

	it('rejects an unknown alliance like every other filter procedure, naming "alliance"', async () => {
		const shape = await errorShapeOf(contributions({ alliance: 'ZZZ' }));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.httpStatus).toBe(400);
		expect(shape.message).toBe('alliance: Unknown alliance "ZZZ"');
		expect(shape.data.issues?.[0]?.path).toBe('alliance');
	});
});

describe('reference.treatyStatus', () => {
	it('Pakistan is party to UNTOC and TIP; the rest unverified where unsourced', async () => {
		const rows = await callerFor(db).reference.treatyStatus();
		const pak = rows.filter((r) => r.country === 'PAK' && r.party).map((r) => r.instrument);
		expect(pak).toEqual(['untoc', 'tip_protocol']);
		expect(rows.filter((r) => r.country === 'MEX' && r.party)).toHaveLength(4);
		expect(rows.filter((r) => r.sourceUrl === null).every((r) => !r.verified)).toBe(true);
	});
});
