/** `engagement.*`: what the alliance and its partners did, over time. */
import type { TRPCRouterRecord } from '@trpc/server';
import { engagementTimeline } from '@untoc-alliance/db';
import { Timeline, TimelineInput } from '@untoc-alliance/schema';
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
		)
} satisfies TRPCRouterRecord;
