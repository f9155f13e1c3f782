import { describe, expect, test } from 'vitest';
import { CountryReview, ReviewStep } from './country-review.ts';

const step = {
	step: 'self_assessment',
	status: 'completed',
	startedOn: '2021-01-10',
	completedOn: '2022-07-30',
	verified: false,
	synthetic: true,
	sourceUrl: null
};

describe('ReviewStep', () => {
	test('accepts a completed step and a step whose status is unknown', () => {
		expect(ReviewStep.parse(step).status).toBe('completed');
		const unknown = { ...step, status: null, startedOn: null, completedOn: null };
		expect(ReviewStep.parse(unknown).status).toBeNull();
	});

	test.each([
		[{ status: 'in_progress' }, 'completedOn'],
		[{ completedOn: '2020-12-31' }, 'completedOn'],
		[{ status: 'overdue' }, 'status'],
		[{ step: 'appeal' }, 'step']
	])('rejects %j, naming %s', (change, path) => {
		const result = ReviewStep.safeParse({ ...step, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
	});
});

describe('CountryReview', () => {
	test('accepts a cluster-1 review of group 1 with its steps', () => {
		const review = {
			id: 1,
			country: 'PAK',
			cluster: 1,
			group: 1,
			startedOn: '2020-12-01',
			steps: [step],
			verified: false,
			synthetic: true,
			sourceUrl: null
		};
		expect(CountryReview.parse(review).steps).toHaveLength(1);
		expect(CountryReview.safeParse({ ...review, group: 4 }).success).toBe(false);
	});
});
