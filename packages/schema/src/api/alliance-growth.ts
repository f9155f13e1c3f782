/**
 * Output of `alliance.growth`: members per sector at the end of each month, and milestones.
 * `ExactMembershipGrowth` is what the database computes; `MembershipGrowth` is what the API
 * answers, with small counts suppressed for anonymous visitors (see `suppression.ts`).
 */
import * as z from 'zod';
import { Milestone } from '../reference/milestones.ts';
import { IsoDate } from '../scalars.ts';
import { Sector, sectors } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

const ExactCount = z.int().nonnegative();

function monthShape<TCount extends z.ZodType<number | null>>(Count: TCount) {
	return {
		month: IsoDate.meta({ description: 'First day of the month' }),
		total: Count.meta({
			description: 'Members at the end of the month (or on the last day shown)'
		}),
		counts: z.array(Count).max(sectors.codes.length).meta({
			description: 'Members per sector at the end of the month, in the order of `sectors`'
		})
	};
}

function growthShape<TMonth extends z.ZodType>(Month: TMonth) {
	return {
		sectors: z.array(Sector).max(sectors.codes.length).meta({
			description: 'Sectors with a member in any month shown, in vocabulary order'
		}),
		months: z.array(Month).max(1_500).meta({
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
	};
}

export const ExactGrowthMonth = z.object(monthShape(ExactCount));
export type ExactGrowthMonth = z.infer<typeof ExactGrowthMonth>;

export const GrowthMonth = z.object(monthShape(SuppressibleCount));
export type GrowthMonth = z.infer<typeof GrowthMonth>;

/** The growth series with exact counts, as the database computes it. */
export const ExactMembershipGrowth = z.object(growthShape(ExactGrowthMonth));
export type ExactMembershipGrowth = z.infer<typeof ExactMembershipGrowth>;

export const MembershipGrowth = z.object({
	...growthShape(GrowthMonth),
	suppressedBelow: SuppressedBelow
});
export type MembershipGrowth = z.infer<typeof MembershipGrowth>;
