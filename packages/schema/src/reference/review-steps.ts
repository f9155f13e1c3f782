/**
 * The steps of a country review and the deadlines the Procedures and Rules set for them
 * (domain.md A4). A deadline counts from the start of the review or from the completion of an
 * earlier step; steps without a deadline in the rules have `deadline: null`.
 */
import * as z from 'zod';
import { SourceUrl } from '../scalars.ts';
import { ReviewStepCode, reviewSteps } from '../vocabulary.ts';
import { sources } from './sources.ts';

export const StepDeadline = z.object({
	/** `start` is the start of the review; otherwise the step whose completion starts the clock. */
	after: z.union([z.literal('start'), ReviewStepCode]).meta({
		description: 'The start of the review, or the step whose completion starts the clock'
	}),
	amount: z.int().positive().meta({ description: 'Length of the deadline in units' }),
	unit: z.enum(['week', 'month']).meta({ description: 'Unit of the deadline' })
});
export type StepDeadline = z.infer<typeof StepDeadline>;

export const ReviewStepDefinition = z.object({
	code: ReviewStepCode.meta({ description: 'Code of the step' }),
	label: z.string().meta({ description: 'English label of the step' }),
	order: z.int().min(1).meta({ description: 'Position of the step in the review, from 1' }),
	deadline: StepDeadline.nullable().meta({
		description: 'Deadline the rules set for the step, null when they set none'
	}),
	sourceUrl: SourceUrl.nullable().meta({
		description: 'Public source of the deadline, null when none'
	})
});
export type ReviewStepDefinition = z.infer<typeof ReviewStepDefinition>;

const deadlines: Record<
	ReviewStepCode,
	{ deadline: StepDeadline | null; sourceUrl: string | null }
> = {
	focal_point: { deadline: { after: 'start', amount: 2, unit: 'week' }, sourceUrl: sources.S18 },
	experts: { deadline: { after: 'start', amount: 4, unit: 'week' }, sourceUrl: sources.S18 },
	self_assessment: {
		deadline: { after: 'start', amount: 6, unit: 'month' },
		sourceUrl: sources.S15
	},
	written_feedback: {
		deadline: { after: 'self_assessment', amount: 6, unit: 'month' },
		sourceUrl: sources.S15
	},
	dialogue: { deadline: null, sourceUrl: sources.S15 },
	observations: { deadline: null, sourceUrl: sources.S15 },
	summary: { deadline: null, sourceUrl: sources.S15 }
};

export const reviewStepList: readonly ReviewStepDefinition[] = reviewSteps.codes.map((code, i) => ({
	code,
	label: reviewSteps.labels[code],
	order: i + 1,
	...deadlines[code]
}));
