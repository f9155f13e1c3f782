/**
 * Input and output of `engagement.network`: who works with whom. The most engaged organisations
 * and, between them, links weighted by the number of events both took part in.
 */
import * as z from 'zod';
import { filterShape, orderedPeriod } from '../filter.ts';
import { Id } from '../scalars.ts';
import { Sector } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

const Count = z.int().nonnegative();

/** Input of `engagement.network`: the filter and the number of organisations shown. */
export const EngagementNetworkInput = z
	.strictObject({
		...filterShape,
		limit: z
			.int()
			.min(2)
			.max(100)
			.default(60)
			.meta({ description: 'Most engaged organisations to show, 2 to 100' })
	})
	.check(orderedPeriod);
export type EngagementNetworkInput = z.input<typeof EngagementNetworkInput>;

export const NetworkNode = z.object({
	id: Id.meta({ description: 'Organisation id' }),
	membershipId: Id.nullable().meta({
		description:
			'Its membership, preferring a current one (of the filtered alliance when given), else the latest joined; null when never a member'
	}),
	name: z.string().meta({ description: 'Name of the organisation' }),
	sector: Sector,
	events: Count.meta({
		description: 'Events matching the whole filter (the alliance included) it took part in'
	})
});
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkLink = z.object({
	source: Id.meta({ description: 'Organisation id of one end (the smaller id)' }),
	target: Id.meta({ description: 'Organisation id of the other end (the larger id)' }),
	shared: z.int().positive().meta({ description: 'Matching events both took part in' })
});
export type NetworkLink = z.infer<typeof NetworkLink>;

/** The network as the database computes it: every organisation, exact counts. */
export const ExactEngagementNetwork = z.object({
	nodes: z.array(NetworkNode).max(100).meta({
		description:
			'Civil-society organisations with the most matching events, most first (ties by name)'
	}),
	links: z.array(NetworkLink).max(4_950).meta({
		description: 'Pairs of listed organisations with at least one shared event, heaviest first'
	}),
	organisations: Count.meta({
		description: 'Civil-society organisations with a matching event, listed or not'
	}),
	synthetic: z.boolean().meta({
		description: 'True when any listed organisation is synthetic (demo or benchmark data)'
	})
});
export type ExactEngagementNetwork = z.infer<typeof ExactEngagementNetwork>;

/** What the API answers: anonymous callers see only public organisations, small counts null. */
export const EngagementNetwork = ExactEngagementNetwork.extend({
	organisations: SuppressibleCount.meta({
		description: 'Civil-society organisations with a matching event, listed or not'
	}),
	suppressedBelow: SuppressedBelow
});
export type EngagementNetwork = z.infer<typeof EngagementNetwork>;
