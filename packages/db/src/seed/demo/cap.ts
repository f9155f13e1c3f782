/**
 * Cuts a dataset at `today`: nothing that happens later is shown, and a state that changes later
 * is shown as it stood (a member who leaves later is still a member; a step completed later is
 * still in progress).
 */
import type { CountryReview, IsoDate, ReviewStep } from '@untoc-alliance/schema';
import type { Dataset } from '../../dataset.ts';
import { lastDay } from './event-seed.ts';
import { invented } from './provenance.ts';

/** Group 1, the first reviews, began in Dec 2020 (S18, S23). */
const reviewsBegan: IsoDate = '2020-12-01';

function notStarted(step: ReviewStep): ReviewStep {
	return { ...step, status: 'not_started', startedOn: null, completedOn: null, ...invented() };
}

function capStep(step: ReviewStep, today: IsoDate): ReviewStep {
	if (step.startedOn !== null && step.startedOn > today) return notStarted(step);
	if (step.completedOn !== null && step.completedOn > today) {
		return { ...step, status: 'in_progress', completedOn: null };
	}
	return step;
}

function capReview(review: CountryReview, today: IsoDate): CountryReview {
	if (today < reviewsBegan || (review.startedOn !== null && review.startedOn > today)) {
		return { ...review, startedOn: null, steps: review.steps.map(notStarted) };
	}
	return { ...review, steps: review.steps.map((step) => capStep(step, today)) };
}

export function capDataset(dataset: Dataset, today: IsoDate): Dataset {
	const events = dataset.events.filter((e) => lastDay(e) <= today);
	const eventIds = new Set(events.map((e) => e.id));
	return {
		countries: dataset.countries,
		alliances: dataset.alliances.map((a) =>
			a.launchedOn !== null && a.launchedOn > today ? { ...a, launchedOn: null } : a
		),
		organisations: dataset.organisations,
		memberships: dataset.memberships
			.filter((m) => m.joinedOn <= today)
			.map((m) => (m.leftOn !== null && m.leftOn > today ? { ...m, leftOn: null } : m)),
		events,
		participations: dataset.participations.filter((p) => eventIds.has(p.eventId)),
		reviews: dataset.reviews.map((r) => capReview(r, today)),
		contributions: dataset.contributions.filter((c) => c.date <= today)
	};
}
