/** Output of `engagement.byCluster`: events and participants per review cluster. */
import * as z from 'zod';
import { ClusterId } from '../reference/clusters.ts';

const Count = z.int().nonnegative();

export const ClusterEngagement = z.object({
	cluster: z.union([ClusterId, z.literal('none')]).meta({
		description: 'Review cluster the events served, or "none" for events serving no cluster'
	}),
	events: Count.meta({
		description: 'Events that match the filter and served the cluster (an event may serve two)'
	}),
	participants: Count.meta({
		description: 'Participants of those events (only the filtered sectors with a sector filter)'
	})
});
export type ClusterEngagement = z.infer<typeof ClusterEngagement>;

export const EngagementByCluster = z.object({
	clusters: z.array(ClusterEngagement).max(5).meta({
		description: 'Clusters 1 to 4 in order, every one listed (zeros included), then "none"'
	}),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any counted event is synthetic (demo or benchmark data)' })
});
export type EngagementByCluster = z.infer<typeof EngagementByCluster>;
