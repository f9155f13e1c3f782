import { CountryReview, dueDate, reviewStepList } from '@untoc-alliance/schema';
import type { ReviewStep } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { demoDataset } from './index.ts';
import { demoReviews } from './reviews.ts';

const reviews = demoReviews();

function pakistanCluster1(list: readonly CountryReview[]) {
	const review = list.find((r) => r.country === 'PAK' && r.cluster === 1);
	if (!review) throw new Error('No cluster-1 review for Pakistan');
	return review;
}

function step(review: CountryReview, code: ReviewStep['step']) {
	return review.steps.find((s) => s.step === code);
}

describe('demoReviews', () => {
	test('gives Pakistan and Mexico one parsable review per cluster, each with all seven steps', () => {
		for (const country of ['PAK', 'MEX']) {
			const own = reviews.filter((r) => r.country === country);
			expect(own.map((r) => r.cluster).sort()).toEqual([1, 2, 3, 4]);
			for (const r of own) {
				expect(CountryReview.parse(r)).toStrictEqual(r);
				expect(r.steps).toHaveLength(7);
			}
		}
	});

	test("starts Pakistan's cluster-1 review on 1 Dec 2020 (group 1, the day inferred)", () => {
		expect(pakistanCluster1(reviews)).toMatchObject({
			group: 1,
			startedOn: '2020-12-01',
			verified: false,
			synthetic: true
		});
	});

	test("leaves some of Pakistan's cluster-1 steps unknown and completes some after their due date", () => {
		const review = pakistanCluster1(reviews);
		expect(review.steps.some((s) => s.status === null)).toBe(true);
		const late = review.steps.filter((s) => {
			const deadline = reviewStepList.find((d) => d.code === s.step)?.deadline;
			if (deadline?.after !== 'start' || s.completedOn === null) return false;
			return s.completedOn > dueDate('2020-12-01', deadline);
		});
		expect(late.map((s) => s.step)).toEqual(['experts', 'self_assessment']);
	});

	test('marks the focal points as verified from S45, without a date', () => {
		for (const r of reviews.filter((review) => review.cluster === 1)) {
			expect(step(r, 'focal_point')).toMatchObject({
				status: 'completed',
				completedOn: null,
				verified: true
			});
		}
	});

	test('has not started clusters 2 to 4, or does not know', () => {
		for (const r of reviews.filter((review) => review.cluster !== 1)) {
			expect(r.startedOn).toBeNull();
			expect(r.steps.every((s) => s.status === null || s.status === 'not_started')).toBe(true);
		}
	});

	test('as of 2022-06-30 shows the self-assessment still in progress and the feedback not started', () => {
		const review = pakistanCluster1(demoDataset({ today: '2022-06-30' }).reviews);
		expect(step(review, 'self_assessment')).toMatchObject({
			status: 'in_progress',
			completedOn: null
		});
		expect(step(review, 'written_feedback')).toMatchObject({
			status: 'not_started',
			startedOn: null
		});
	});

	test('before the review process began (Dec 2020) shows every step as not started', () => {
		const dataset = demoDataset({ today: '2020-06-30' });
		for (const r of dataset.reviews) {
			expect(r.startedOn).toBeNull();
			expect(r.steps.every((s) => s.status === 'not_started')).toBe(true);
		}
	});
});
