/** Output of `engagement.milestones`: dated annotations for the engagement time axes. */
import * as z from 'zod';
import { Milestone } from '../reference/milestones.ts';

export const EngagementMilestones = z.object({
	milestones: z.array(Milestone).max(200).meta({
		description:
			'Pilot launches of the alliances shown, COP sessions and constructive dialogues in the period, by date'
	})
});
export type EngagementMilestones = z.infer<typeof EngagementMilestones>;
