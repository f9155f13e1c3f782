/**
 * Country reviews, one per cluster, for Pakistan and Mexico. Per-country step data is
 * confidential (REVMOD); the public status is only "progressing" or "not started" (S20), so
 * most steps are unknown (null) and the dated ones are inferred or invented. Pakistan's
 * cluster-1 review (group 1, Dec 2020; S25) shows delays against the deadlines of the rules:
 * experts 4 weeks and the self-assessment 6 months after the start.
 */
import { reviewSteps } from '@untoc-alliance/schema';
import type {
	ClusterId,
	CountryCode,
	CountryReview,
	IsoDate,
	Provenance,
	ReviewStep,
	ReviewStepCode,
	StepStatus
} from '@untoc-alliance/schema';
import { fact, inferred, invented } from './provenance.ts';

interface StepInput {
	status: StepStatus | null;
	startedOn?: IsoDate;
	completedOn?: IsoDate;
	provenance?: Provenance;
}

/** All seven steps: those given, the others with `rest` as status (invented). */
function steps(
	given: Partial<Record<ReviewStepCode, StepInput>>,
	rest: StepStatus | null
): ReviewStep[] {
	return reviewSteps.codes.map((step) => {
		const input = given[step] ?? { status: rest };
		return {
			step,
			status: input.status,
			startedOn: input.startedOn ?? null,
			completedOn: input.completedOn ?? null,
			...(input.provenance ?? invented())
		};
	});
}

const pakistanCluster1 = steps(
	{
		// Pakistan is listed among the countries that nominated focal points (S45); the day is unknown.
		focal_point: { status: 'completed', provenance: fact('S45') },
		// Invented: appointed three weeks after the 4-week deadline (29 Dec 2020).
		experts: { status: 'completed', startedOn: '2020-12-01', completedOn: '2021-01-21' },
		// Draft answers on the 8 cluster-1 articles were being finalised in Jun 2022 (S3); at COP11
		// the ambassador called the review "successfully undertaken" (S35), taken as the SAQ stage.
		// Due 1 Jun 2021: more than a year late.
		self_assessment: {
			status: 'completed',
			startedOn: '2021-01-21',
			completedOn: '2022-08-31',
			provenance: inferred('S35')
		},
		// Invented: feedback due 28 Feb 2023, still in progress.
		written_feedback: { status: 'in_progress', startedOn: '2022-08-31' }
	},
	null
);

const mexicoCluster1 = steps(
	{
		// Mexico is listed among the countries that nominated focal points (S45).
		focal_point: { status: 'completed', provenance: fact('S45') },
		experts: { status: 'completed' },
		self_assessment: { status: 'in_progress', startedOn: '2022-06-01' }
	},
	null
);

function review(
	id: number,
	country: CountryCode,
	rest: Omit<CountryReview, 'id' | 'country'>
): CountryReview {
	return { id, country, ...rest };
}

/** Later clusters: the second unknown, the third and fourth not started. */
function laterClusters(firstId: number, country: CountryCode): CountryReview[] {
	return ([2, 3, 4] as const).map((cluster: ClusterId, i) =>
		review(firstId + i, country, {
			cluster,
			group: null,
			startedOn: null,
			steps: steps({}, cluster === 2 ? null : 'not_started'),
			...invented()
		})
	);
}

export function demoReviews(): CountryReview[] {
	return [
		review(1, 'PAK', {
			cluster: 1,
			group: 1,
			// GAATW (S25) lists Pakistan among the reviews that started in 2020, i.e. group 1,
			// which began in Dec 2020 (S18, S23); the day is inferred.
			startedOn: '2020-12-01',
			steps: pakistanCluster1,
			...inferred('S25')
		}),
		...laterClusters(2, 'PAK'),
		review(5, 'MEX', {
			cluster: 1,
			// Every State party had a review under way by 1 Nov 2022 (S18); Mexico's group and
			// start are not in the sources.
			group: null,
			startedOn: null,
			steps: mexicoCluster1,
			...inferred('S18')
		}),
		...laterClusters(6, 'MEX')
	];
}
