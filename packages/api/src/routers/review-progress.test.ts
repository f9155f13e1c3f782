import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openDemoDatabase, testToday } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

const progress = (country: string) => callerFor(db).review.progress({ country });
const row = (s: { step: string; status: string | null; dueOn: string | null }) =>
	`${s.step} ${s.status ?? 'unknown'} due ${s.dueOn ?? '-'}`;

describe('review.progress on the demo data', () => {
	it("Pakistan's cluster 1: due dates from the Dec 2020 start and the SAQ completion", async () => {
		const [cluster1] = (await progress('PAK')).clusters;
		expect(cluster1).toMatchObject({ cluster: 1, startedOn: '2020-12-01' });
		expect(cluster1?.steps.map(row)).toEqual([
			'focal_point completed due 2020-12-15',
			'experts completed due 2020-12-29',
			'self_assessment completed due 2021-06-01',
			'written_feedback in_progress due 2023-02-28',
			'dialogue unknown due -',
			'observations unknown due -',
			'summary unknown due -'
		]);
	});

	it("Pakistan's late steps: overdue with their delay in days, computed against today", async () => {
		const steps = (await progress('PAK')).clusters[0]?.steps ?? [];
		expect(steps.map((s) => [s.step, s.overdue, s.delayDays])).toEqual([
			// Completed, but the sources give no date: the delay is unknown, not zero.
			['focal_point', false, null],
			['experts', true, 23],
			['self_assessment', true, 456],
			// Still in progress on 2026-11-28, due 2023-02-28.
			['written_feedback', true, 1369],
			['dialogue', false, null],
			['observations', false, null],
			['summary', false, null]
		]);
		expect((await progress('PAK')).asOf).toBe(testToday);
	});

	it('Pakistan: percent complete per cluster; unknown (null) where no status is known', async () => {
		const p = await progress('PAK');
		expect(p.clusters.map((c) => [c.cluster, c.percentComplete])).toEqual([
			[1, 42.9],
			[2, null],
			[3, 0],
			[4, 0]
		]);
		expect(p.clusters[1]?.steps.every((s) => s.status === null && s.delayDays === null)).toBe(true);
		expect(p.synthetic).toBe(true);
	});

	it("Mexico's cluster 1: no start date, so no due date, no overdue and no delay", async () => {
		const p = await progress('MEX');
		expect(p.clusters[0]?.steps.map(row)).toEqual([
			'focal_point completed due -',
			'experts completed due -',
			'self_assessment in_progress due -',
			'written_feedback unknown due -',
			'dialogue unknown due -',
			'observations unknown due -',
			'summary unknown due -'
		]);
		expect(p.clusters[0]?.steps.some((s) => s.overdue || s.delayDays !== null)).toBe(false);
		expect(p.clusters[0]?.steps[2]?.startedOn).toBe('2022-06-01');
	});

	it('Mexico: percent complete per cluster', async () => {
		const p = await progress('MEX');
		expect(p.clusters.map((c) => [c.cluster, c.percentComplete])).toEqual([
			[1, 28.6],
			[2, null],
			[3, 0],
			[4, 0]
		]);
	});
});
