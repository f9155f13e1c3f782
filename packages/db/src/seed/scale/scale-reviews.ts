/** Synthetic country reviews for the scale seed: four clusters per country, steps under way. */
import {
	addDays,
	reviewSteps,
	type ClusterId,
	type CountryReview,
	type ReviewStep
} from '@untoc-alliance/schema';
import type { ScalePlan } from './scale-plan.ts';

const synthetic = { verified: false, synthetic: true, sourceUrl: null } as const;

function steps(plan: ScalePlan, startedOn: string): ReviewStep[] {
	const done = plan.random.int(reviewSteps.codes.length + 1);
	let day = startedOn;
	return reviewSteps.codes.map((step, i) => {
		if (i < done) {
			const startedStep = day;
			day = addDays(day, 10 + plan.random.int(200));
			const completedOn = day <= plan.today ? day : null;
			return {
				step,
				status: completedOn ? 'completed' : 'in_progress',
				startedOn: startedStep,
				completedOn,
				...synthetic
			};
		}
		const status = i === done ? 'in_progress' : plan.random.next() < 0.2 ? null : 'not_started';
		return { step, status, startedOn: null, completedOn: null, ...synthetic };
	});
}

/** The reviews of country c (0-based), ids 4c+1 to 4c+4. */
export function reviewsOf(plan: ScalePlan, c: number, country: string): CountryReview[] {
	return [1, 2, 3, 4].map((cluster) => {
		const startedOn = `${2020 + plan.random.int(4)}-0${1 + plan.random.int(9)}-15`;
		const started = startedOn <= plan.today;
		return {
			id: c * 4 + cluster,
			country,
			cluster: cluster as ClusterId,
			group: 1 + plan.random.int(3),
			startedOn: started ? startedOn : null,
			steps: started ? steps(plan, startedOn) : [],
			...synthetic
		};
	});
}
