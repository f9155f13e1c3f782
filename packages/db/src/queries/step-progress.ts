/** The computed parts of a review step: due date from the rules, overdue and delay against today. */
import {
	daysBetween,
	dueDate,
	type IsoDate,
	type ReviewStepCode,
	type ReviewStepDefinition,
	type StepStatus
} from '@untoc-alliance/schema';

/** What a step's schedule depends on. */
export interface StepFacts {
	status: StepStatus | null;
	completedOn: IsoDate | null;
}

/** The review's start and the completion dates of its steps, by step. */
export interface ReviewClock {
	startedOn: IsoDate | null;
	completedOn: Partial<Record<ReviewStepCode, IsoDate | null>>;
}

/** Planned date of a step: from the review's start or from the completion of an earlier step. */
export function dueOn(definition: ReviewStepDefinition, clock: ReviewClock): IsoDate | null {
	const deadline = definition.deadline;
	if (deadline === null) return null;
	const from = deadline.after === 'start' ? clock.startedOn : clock.completedOn[deadline.after];
	return from ? dueDate(from, deadline) : null;
}

/**
 * Overdue and delay of a step: a completed step is judged by its completion date, an open one
 * (not started or in progress) by today; an unknown status or a completion without a date
 * stays unknown (not overdue, no delay).
 */
export function lateness(
	step: StepFacts,
	options: { due: IsoDate | null; today: IsoDate }
): { overdue: boolean; delayDays: number | null } {
	if (options.due === null || step.status === null) return { overdue: false, delayDays: null };
	const judgedOn = step.status === 'completed' ? step.completedOn : options.today;
	if (judgedOn === null) return { overdue: false, delayDays: null };
	const delay = Math.max(0, daysBetween(options.due, judgedOn));
	return { overdue: delay > 0, delayDays: delay };
}
