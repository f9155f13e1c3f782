/**
 * Input and output of `engagement.members`: current members ranked by the events they took part
 * in, and the members with no engagement in the twelve months before the as-of date.
 */
import * as z from 'zod';
import { filterShape, orderedPeriod } from '../filter.ts';
import { Id, IsoDate } from '../scalars.ts';
import { Sector } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

const Count = z.int().nonnegative();

/** Input of `engagement.members`: the filter and how many members each ranking lists. */
export const EngagementMembersInput = z
	.strictObject({
		...filterShape,
		limit: z
			.int()
			.min(1)
			.max(50)
			.default(10)
			.meta({ description: 'Members listed in each ranking, 1 to 50' })
	})
	.check(orderedPeriod);
export type EngagementMembersInput = z.input<typeof EngagementMembersInput>;

export const MemberEngagement = z.object({
	id: Id.meta({ description: 'Membership id, as in `members.byId`' }),
	name: z.string().meta({ description: 'Name of the member organisation' }),
	sector: Sector,
	events: Count.meta({
		description:
			"Events in the period the organisation took part in, of any alliance and global ones: the member's whole engagement (sectors, regions and themes choose the members, not the events)"
	}),
	participants: Count.meta({ description: 'People the organisation sent to those events' }),
	lastEvent: IsoDate.nullable().meta({
		description: 'Start date of its latest event up to the as-of date, any period; null when none'
	})
});
export type MemberEngagement = z.infer<typeof MemberEngagement>;

/** The rankings as the database computes them: every member, exact counts. */
export const ExactEngagementMembers = z.object({
	members: Count.meta({ description: 'Current members that match the filter' }),
	most: z.array(MemberEngagement).max(50).meta({
		description: 'Most engaged first: by events, then participants, then name'
	}),
	least: z.array(MemberEngagement).max(50).meta({
		description: 'Least engaged first (members with no event included): by events, then name'
	}),
	inactive: z
		.object({
			total: Count.meta({ description: 'Members with no event in the twelve months' }),
			rows: z.array(MemberEngagement).max(100).meta({
				description: 'Up to 100 of them, longest inactive first (never engaged first), then name'
			})
		})
		.meta({ description: 'Members with no engagement in the twelve months up to `asOf`' }),
	since: IsoDate.meta({ description: 'First day of the twelve months: one year before `asOf`' }),
	asOf: IsoDate.meta({
		description: 'The day membership and inactivity are judged on: today, or `to`'
	}),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any listed member is synthetic (demo or benchmark data)' })
});
export type ExactEngagementMembers = z.infer<typeof ExactEngagementMembers>;

/** What the API answers: anonymous callers see only public organisations, small counts null. */
export const EngagementMembers = ExactEngagementMembers.extend({
	members: SuppressibleCount.meta({ description: 'Current members that match the filter' }),
	inactive: z
		.object({
			total: SuppressibleCount.meta({ description: 'Members with no event in the twelve months' }),
			rows: ExactEngagementMembers.shape.inactive.shape.rows
		})
		.meta({ description: 'Members with no engagement in the twelve months up to `asOf`' }),
	suppressedBelow: SuppressedBelow
});
export type EngagementMembers = z.infer<typeof EngagementMembers>;
