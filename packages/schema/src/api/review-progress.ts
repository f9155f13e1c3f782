/** Output of `review.progress`: a country's review, cluster by cluster, step by step. */
import * as z from 'zod';
import { CountryCode } from '../countries.ts';
import { ClusterId } from '../reference/clusters.ts';
import { IsoDate } from '../scalars.ts';
import { ReviewStepCode, StepStatus } from '../vocabulary.ts';

export const StepProgress = z.object({
	step: ReviewStepCode,
	/** Null when unknown: public sources often say only "progressing". */
	status: StepStatus.nullable(),
	startedOn: IsoDate.nullable(),
	completedOn: IsoDate.nullable(),
	/** Planned date from the rules' deadline, when the rules set one and its clock has started. */
	dueOn: IsoDate.nullable(),
	/** Computed: not completed and past `dueOn`, or completed after it. */
	overdue: z.boolean(),
	/** Days past `dueOn` (completion or today), 0 when on time, null without a due date. */
	delayDays: z.int().nullable(),
	verified: z.boolean(),
	synthetic: z.boolean(),
	sourceUrl: z.string().nullable()
});
export type StepProgress = z.infer<typeof StepProgress>;

export const ClusterProgress = z.object({
	cluster: ClusterId,
	name: z.string(),
	startedOn: IsoDate.nullable(),
	steps: z.array(StepProgress),
	/** Share of the seven steps completed, 0 to 100; null when no step's status is known. */
	percentComplete: z.number().min(0).max(100).nullable()
});
export type ClusterProgress = z.infer<typeof ClusterProgress>;

export const ReviewProgress = z.object({
	country: CountryCode,
	clusters: z.array(ClusterProgress),
	synthetic: z.boolean(),
	asOf: IsoDate
});
export type ReviewProgress = z.infer<typeof ReviewProgress>;
