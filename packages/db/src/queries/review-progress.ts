/** `reviewProgress`: a country's reviews, cluster by cluster, with the seven steps in order. */
import {
	clusterList,
	reviewStepList,
	type ClusterId,
	type ClusterProgress,
	type IsoDate,
	type ReviewProgress,
	type ReviewProgressInput,
	type ReviewStepCode,
	type StepProgress,
	type StepStatus
} from '@untoc-alliance/schema';
import type { Selectable } from 'kysely';
import type { Database } from '../database.ts';
import type { ReviewStepTable, ReviewTable } from '../tables.ts';
import { dueOn, lateness, type ReviewClock } from './step-progress.ts';

type StepRow = Selectable<ReviewStepTable>;

function stepProgress(row: StepRow | undefined, review: Selectable<ReviewTable>) {
	return {
		status: (row?.status ?? null) as StepStatus | null,
		startedOn: row?.started_on ?? null,
		completedOn: row?.completed_on ?? null,
		verified: row?.verified === 1,
		synthetic: (row?.synthetic ?? review.synthetic) === 1,
		sourceUrl: row?.source_url ?? null
	};
}

function clusterProgress(
	review: Selectable<ReviewTable>,
	rows: StepRow[],
	today: IsoDate
): ClusterProgress {
	const byStep = new Map(rows.map((r) => [r.step as ReviewStepCode, r]));
	const clock: ReviewClock = {
		startedOn: review.started_on,
		completedOn: Object.fromEntries(rows.map((r) => [r.step, r.completed_on]))
	};
	const steps: StepProgress[] = reviewStepList.map((definition) => {
		const step = stepProgress(byStep.get(definition.code), review);
		const due = dueOn(definition, clock);
		return { step: definition.code, ...step, dueOn: due, ...lateness(step, { due, today }) };
	});
	const known = steps.filter((s) => s.status !== null);
	const completed = steps.filter((s) => s.status === 'completed').length;
	const cluster = review.cluster as ClusterId;
	return {
		cluster,
		name: clusterList.find((c) => c.id === cluster)?.name ?? `Cluster ${cluster}`,
		startedOn: review.started_on,
		steps,
		percentComplete:
			known.length === 0 ? null : Math.round((completed / reviewStepList.length) * 1000) / 10
	};
}

/** Progress of every review of a country (no reviews, or an unknown country: no clusters). */
export async function reviewProgress(
	db: Database,
	input: ReviewProgressInput,
	options: { today: IsoDate }
): Promise<ReviewProgress> {
	const reviews = await db.kysely
		.selectFrom('reviews')
		.selectAll()
		.where('country', '=', input.country)
		.orderBy('cluster')
		.orderBy('id')
		.execute();
	const ids = reviews.map((r) => r.id);
	const steps =
		ids.length === 0
			? []
			: await db.kysely
					.selectFrom('review_steps')
					.selectAll()
					.where('review_id', 'in', ids)
					.execute();
	const clusters = reviews.map((review) =>
		clusterProgress(
			review,
			steps.filter((s) => s.review_id === review.id),
			options.today
		)
	);
	const synthetic = reviews.some((r) => r.synthetic === 1) || steps.some((s) => s.synthetic === 1);
	return { country: input.country, clusters, synthetic, asOf: options.today };
}
