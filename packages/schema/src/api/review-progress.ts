/** Output of `review.progress`: a country's review, cluster by cluster, step by step. */
import * as z from 'zod';
import { CountryCode } from '../countries.ts';
import { ClusterId } from '../reference/clusters.ts';
import { IsoDate } from '../scalars.ts';
import { ReviewStepCode, StepStatus } from '../vocabulary.ts';

export const StepProgress = z.object({
	step: ReviewStepCode.meta({ description: 'Step of the review' }),
	/** Null when unknown: public sources often say only "progressing". */
	status: StepStatus.nullable().meta({ description: 'Recorded status, null when unknown' }),
	startedOn: IsoDate.nullable().meta({ description: 'Date the step started, null when unknown' }),
	completedOn: IsoDate.nullable().meta({
		description: 'Date the step was completed, null unless completed'
	}),
	/** Planned date from the rules' deadline, when the rules set one and its clock has started. */
	dueOn: IsoDate.nullable().meta({
		description:
			'Planned date from the deadline of the rules, null without one or before its clock starts'
	}),
	/** Computed: not completed and past `dueOn`, or completed after it. */
	overdue: z
		.boolean()
		.meta({ description: 'True when not completed and past the due date, or completed after it' }),
	/** Days past `dueOn` (completion or today), 0 when on time, null without a due date. */
	delayDays: z.int().nullable().meta({
		description:
			'Days past the due date (completion or today), 0 when on time, null without a due date'
	}),
	verified: z.boolean().meta({ description: 'True when the status is stated in the cited source' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when the row was invented for demonstration or benchmarks' }),
	sourceUrl: z
		.string()
		.nullable()
		.meta({ description: 'Public source of the status, null when none' })
});
export type StepProgress = z.infer<typeof StepProgress>;

export const ClusterProgress = z.object({
	cluster: ClusterId.meta({ description: 'Thematic cluster' }),
	name: z.string().meta({ description: 'Name of the cluster' }),
	startedOn: IsoDate.nullable().meta({
		description: 'Date the review of the cluster started, null when unknown'
	}),
	steps: z.array(StepProgress).meta({ description: 'The seven steps, in order' }),
	/** Share of the seven steps completed, 0 to 100; null when no step's status is known. */
	percentComplete: z.number().min(0).max(100).nullable().meta({
		description: 'Share of the seven steps completed, 0 to 100; null when no status is known'
	})
});
export type ClusterProgress = z.infer<typeof ClusterProgress>;

export const ReviewProgress = z.object({
	country: CountryCode.meta({ description: 'Country under review' }),
	clusters: z.array(ClusterProgress).meta({ description: 'Progress per cluster under review' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any row is synthetic (demo or benchmark data)' }),
	asOf: IsoDate.meta({ description: 'The date delays are computed on' })
});
export type ReviewProgress = z.infer<typeof ReviewProgress>;
