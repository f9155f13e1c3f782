import type { ClusterProgress, StepProgress } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from './i18n.svelte.ts';
import type { CountryProgress } from './findings.ts';
import { overallProgress } from './review-overall.ts';

const step = (status: StepProgress['status']): StepProgress => ({
	step: 'focal_point',
	status,
	startedOn: null,
	completedOn: null,
	dueOn: null,
	overdue: false,
	delayDays: null,
	verified: false,
	synthetic: true,
	sourceUrl: null
});

function cluster(id: 1 | 2, done: number, known: boolean): ClusterProgress {
	const steps = Array.from({ length: 7 }, (_, i) =>
		step(known ? (i < done ? 'completed' : 'not_started') : null)
	);
	return {
		cluster: id,
		name: `C${id}`,
		startedOn: null,
		steps,
		percentComplete: known ? (done / 7) * 100 : null
	};
}

const country = (name: string, clusters: ClusterProgress[]): CountryProgress => ({
	name,
	progress: { country: name, clusters, synthetic: false, asOf: '2024-06-15' }
});

afterEach(async () => {
	await i18n.use('en');
});

describe('overallProgress', () => {
	test('pools the steps of the countries whose progress is known, per cluster', () => {
		const all = overallProgress([
			country('PAK', [cluster(1, 3, true), cluster(2, 0, false)]),
			country('MEX', [cluster(1, 2, true), cluster(2, 0, false)])
		]);
		expect(all?.name).toBe('All countries');
		expect(all?.progress.clusters.map((c) => [c.cluster, c.percentComplete])).toEqual([
			[1, 35.7],
			[2, null]
		]);
	});

	test('an unknown country does not count as zero', () => {
		const all = overallProgress([
			country('PAK', [cluster(1, 7, true)]),
			country('MEX', [cluster(1, 0, false)])
		]);
		expect(all?.progress.clusters[0]?.percentComplete).toBe(100);
	});

	test('needs at least two countries', () => {
		expect(overallProgress([country('PAK', [cluster(1, 1, true)])])).toBeNull();
		expect(overallProgress([])).toBeNull();
	});

	test('is named in the page language', async () => {
		await i18n.use('ur');
		const all = overallProgress([country('PAK', []), country('MEX', [])]);
		expect(all?.name).toBe('تمام ممالک');
	});
});
