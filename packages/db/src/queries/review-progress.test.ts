import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { reviewProgress } from './review-progress.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const progress = (country: string) => reviewProgress(db, { country }, { today: fixtureToday });

describe('reviewProgress', () => {
	it('lists the seven steps of each cluster in order', async () => {
		const p = await progress('PAK');
		expect(p.clusters.map((c) => c.cluster)).toEqual([1, 2]);
		expect(p.clusters[0]?.steps.map((s) => s.step)).toEqual([
			'focal_point',
			'experts',
			'self_assessment',
			'written_feedback',
			'dialogue',
			'observations',
			'summary'
		]);
		expect(p).toMatchObject({ country: 'PAK', synthetic: false, asOf: fixtureToday });
	});

	it('computes due dates from the start and from the self-assessment, with delays', async () => {
		const steps = (await progress('PAK')).clusters[0]?.steps ?? [];
		expect(steps.slice(0, 4).map((s) => [s.step, s.dueOn, s.overdue, s.delayDays])).toEqual([
			['focal_point', '2022-09-29', false, 0],
			['experts', '2022-10-13', true, 7],
			['self_assessment', '2023-03-15', true, 61],
			['written_feedback', '2023-11-15', true, 213]
		]);
	});

	it('keeps unknown status null, without due date, overdue or delay', async () => {
		const steps = (await progress('PAK')).clusters[0]?.steps ?? [];
		expect(steps.slice(4).map((s) => [s.status, s.dueOn, s.overdue, s.delayDays])).toEqual([
			[null, null, false, null],
			[null, null, false, null],
			[null, null, false, null]
		]);
	});

	it('reports percent complete to one decimal, null when no status is known', async () => {
		const [first, second] = (await progress('PAK')).clusters;
		expect(first?.percentComplete).toBe(42.9);
		expect(first?.name).toBe('Criminalization and jurisdiction');
		expect(second).toMatchObject({ cluster: 2, startedOn: null, percentComplete: null });
		expect(second?.steps.every((s) => s.status === null && s.dueOn === null)).toBe(true);
	});

	it('is on time on the due date itself and flags synthetic reviews', async () => {
		const p = await progress('MEX');
		const [focal, experts] = p.clusters[0]?.steps ?? [];
		expect(focal).toMatchObject({
			status: 'not_started',
			dueOn: '2024-06-15',
			overdue: false,
			delayDays: 0
		});
		expect(experts).toMatchObject({ dueOn: '2024-06-29', overdue: false, delayDays: 0 });
		expect(p.clusters[0]?.percentComplete).toBe(0);
		expect(p.synthetic).toBe(true);
	});

	it('returns no clusters for a country without reviews', async () => {
		expect(await progress('FRA')).toEqual({
			country: 'FRA',
			clusters: [],
			synthetic: false,
			asOf: fixtureToday
		});
	});
});
