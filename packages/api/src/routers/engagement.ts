/** `engagement.*`: what the alliance and its partners did, over time, and who took part. */
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import {
	engagementByCluster,
	engagementMembers,
	engagementMilestones,
	engagementNetwork,
	engagementParticipation,
	engagementTimeline,
	eventDetail,
	listEvents
} from '@untoc-alliance/db';
import {
	DashboardFilter,
	EngagementByCluster,
	EngagementEventsInput,
	EngagementMembers,
	EngagementMembersInput,
	EngagementMilestones,
	EngagementNetwork,
	EngagementNetworkInput,
	EngagementParticipation,
	EventByIdInput,
	EventDetail,
	EventsPage,
	Timeline,
	TimelineInput
} from '@untoc-alliance/schema';
import { filteredQuery } from '../filtered-query.ts';
import { publicProcedure } from '../trpc.ts';
import {
	engagementMembersFor,
	engagementNetworkFor,
	eventDetailFor,
	eventsPageFor
} from '../unnamed.ts';

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
		.query(filteredQuery((ctx, input) => engagementByCluster(ctx.db, input))),

	/** Current members ranked by their events in the period, and those inactive for a year. */
	members: publicProcedure
		.input(EngagementMembersInput)
		.output(EngagementMembers)
		.query(
			filteredQuery((ctx, input) =>
				engagementMembersFor(ctx.db, ctx.suppressBelow, {
					limit: input.limit,
					load: (limit) => engagementMembers(ctx.db, { ...input, limit }, { today: ctx.today() })
				})
			)
		),

	/** The most engaged organisations and the events they shared. */
	network: publicProcedure
		.input(EngagementNetworkInput)
		.output(EngagementNetwork)
		.query(
			filteredQuery((ctx, input) =>
				engagementNetworkFor(ctx.db, ctx.suppressBelow, {
					limit: input.limit,
					load: (limit) => engagementNetwork(ctx.db, { ...input, limit }, { today: ctx.today() })
				})
			)
		),

	/** One page of the matching events, searched, sorted and with their participants. */
	events: publicProcedure
		.input(EngagementEventsInput)
		.output(EventsPage)
		.query(
			filteredQuery(async (ctx, input) =>
				eventsPageFor(ctx.db, ctx.suppressBelow, await listEvents(ctx.db, input))
			)
		),

	/** One event with everyone who took part; NOT_FOUND for an unknown id. */
	eventById: publicProcedure
		.input(EventByIdInput)
		.output(EventDetail)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					const event = await eventDetail(ctx.db, { id: input.id });
					if (event) return eventDetailFor(ctx.db, ctx.suppressBelow, event);
					throw new TRPCError({ code: 'NOT_FOUND', message: `No event with id ${input.id}` });
				}
			})
		),

	/** Pilot launches, COP sessions and constructive dialogues for the time axes. */
	milestones: publicProcedure
		.input(DashboardFilter)
		.output(EngagementMilestones)
		.query(filteredQuery((ctx, input) => engagementMilestones(ctx.db, input)))
} satisfies TRPCRouterRecord;
