/**
 * A review step checked against today: on top of `ReviewStep`'s own rules, no date may lie in
 * the future (a completion "tomorrow" is a typo or a plan, not a fact).
 */
import { ReviewStep } from './country-review.ts';
import type { IsoDate } from './scalars.ts';

/** `ReviewStep` that also rejects a start or completion after `today`, naming the field. */
export function reviewStepAsOf(today: IsoDate) {
	return ReviewStep.superRefine((step, ctx) => {
		for (const field of ['startedOn', 'completedOn'] as const) {
			const date = step[field];
			if (date !== null && date > today)
				ctx.addIssue({
					code: 'custom',
					message: `${field} ${date} is in the future (today is ${today})`,
					path: [field]
				});
		}
	});
}
