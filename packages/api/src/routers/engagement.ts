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
import { filteredQuery } from '../filtered-query.ts';
import { publicProcedure } from '../trpc.ts';

export const engagementRouter = {
	/** Events and participants per month, quarter or year, by event type. */
	timeline: publicProcedure
		.input(TimelineInput)
		.output(Timeline)
		.query(filteredQuery((ctx, input) => engagementTimeline(ctx.db, input))),

	/** Participants per bucket by sector and by side, and per event type the trilateral share. */
	participation: publicProcedure
		.input(TimelineInput)
		.output(EngagementParticipation)
		.query(filteredQuery((ctx, input) => engagementParticipation(ctx.db, input))),

	/** Events and participants per review cluster; events with no cluster as "none". */
	byCluster: publicProcedure
		.input(DashboardFilter)
		.output(EngagementByCluster)
		.query(filteredQuery((ctx, input) => engagementByCluster(ctx.db, input)))
} satisfies TRPCRouterRecord;
