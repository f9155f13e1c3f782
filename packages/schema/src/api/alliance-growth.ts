/** Output of `alliance.growth`: members per sector at the end of each month, and milestones. */
import * as z from 'zod';
import { Milestone } from '../reference/milestones.ts';
import { IsoDate } from '../scalars.ts';
import { Sector, sectors } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const GrowthMonth = z.object({
	month: IsoDate.meta({ description: 'First day of the month' }),
	total: Count.meta({ description: 'Members at the end of the month (or on the last day shown)' }),
	counts: z
		.array(Count)
		.max(sectors.codes.length)
		.meta({ description: 'Members per sector at the end of the month, in the order of `sectors`' })
});
export type GrowthMonth = z.infer<typeof GrowthMonth>;

export const MembershipGrowth = z.object({
	sectors: z.array(Sector).max(sectors.codes.length).meta({
		description: 'Sectors with a member in any month shown, in vocabulary order'
	}),
	months: z.array(GrowthMonth).max(1_500).meta({
		description:
			'Every month from the first matching join (or `from`) to today (or `to`); cumulative, leavers removed'
	}),
	milestones: z.array(Milestone).max(100).meta({
		description: 'Dated annotations within the months shown: pilot launches, COP sessions'
	}),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any counted member is synthetic (demo or benchmark data)' }),
	asOf: IsoDate.meta({ description: 'The last day counted: today, or `to` when earlier' })
});
export type MembershipGrowth = z.infer<typeof MembershipGrowth>;
