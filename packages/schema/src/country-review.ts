/** A country's review for one cluster, and the steps it went through. */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { ClusterId } from './reference/clusters.ts';
import { Id, RecordDate, Provenance } from './scalars.ts';
import { ReviewStepCode, StepStatus } from './vocabulary.ts';

export const ReviewStep = z
	.object({
		step: ReviewStepCode.meta({ description: 'Step of the review' }),
		/** Null when the public sources do not say (shown as unknown, never as zero). */
		status: StepStatus.nullable().meta({
			description: 'Recorded status of the step, null when the public sources do not say'
		}),
		startedOn: RecordDate.nullable().meta({
			description: 'Date the step started, null when unknown'
		}),
		completedOn: RecordDate.nullable().meta({
			description: 'Date the step was completed, null unless completed'
		})
	})
	.extend(Provenance.shape)
	.refine((s) => s.completedOn === null || s.status === 'completed', {
		error: 'Only a completed step has a completion date',
		path: ['completedOn']
	})
	.refine((s) => s.startedOn === null || s.completedOn === null || s.completedOn >= s.startedOn, {
		error: 'A step cannot be completed before it starts',
		path: ['completedOn']
	});
export type ReviewStep = z.infer<typeof ReviewStep>;

export const CountryReview = z
	.object({
		id: Id.meta({ description: 'Row id of the review' }),
		country: CountryCode.meta({ description: 'Country under review' }),
		cluster: ClusterId.meta({ description: 'Thematic cluster under review' }),
		/** Review group (cohort) drawn by lot: 1 started 2020, 2 in 2021, 3 in 2022. */
		group: z.int().min(1).max(3).nullable().meta({
			description: 'Review group (cohort) drawn by lot: 1 started in 2020, 2 in 2021, 3 in 2022'
		}),
		startedOn: RecordDate.nullable().meta({
			description: 'Date the review of the cluster started, null when unknown'
		}),
		steps: z.array(ReviewStep).max(7).meta({ description: 'Steps of the review with their status' })
	})
	.extend(Provenance.shape);
export type CountryReview = z.infer<typeof CountryReview>;
