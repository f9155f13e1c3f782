/** `engagement.*`: what the alliance and its partners did, over time. */
import type { TRPCRouterRecord } from '@trpc/server';
import {
	engagementByCluster,
	engagementParticipation,
	engagementTimeline
} from '@untoc-alliance/db';
import {
	DashboardFilter,
	EngagementByCluster,
	EngagementParticipation,
	Timeline,
	TimelineInput
} from '@untoc-alliance/schema';
import { assertKnownAlliance } from '../guards.ts';
import { publicProcedure } from '../trpc.ts';

export const engagementRouter = {
	/** Events and participants per month, quarter or year, by event type. */
	timeline: publicProcedure
		.input(TimelineInput)
		.output(Timeline)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					await assertKnownAlliance(ctx, input.alliance);
					return engagementTimeline(ctx.db, input);
				}
			})
		),

	/** Participants per bucket by sector and by side, and per event type the trilateral share. */
	participation: publicProcedure
		.input(TimelineInput)
		.output(EngagementParticipation)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					await assertKnownAlliance(ctx, input.alliance);
					return engagementParticipation(ctx.db, input);
				}
			})
		),

	/** Events and participants per review cluster; events with no cluster as "none". */
	byCluster: publicProcedure
		.input(DashboardFilter)
		.output(EngagementByCluster)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					await assertKnownAlliance(ctx, input.alliance);
					return engagementByCluster(ctx.db, input);
				}
			})
		)
} satisfies TRPCRouterRecord;
