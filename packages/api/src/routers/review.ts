/** `review.*`: where a country's UNTOC review stands, cluster by cluster. */
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { reviewContributions, reviewProgress } from '@untoc-alliance/db';
import {
	ReviewContributions,
	ReviewContributionsInput,
	ReviewProgress,
	ReviewProgressInput
} from '@untoc-alliance/schema';
import { filteredQuery } from '../filtered-query.ts';
import { publicProcedure } from '../trpc.ts';
import { contributionsFor } from '../unnamed.ts';

export const reviewRouter = {
	/** Steps of each cluster, planned against actual; NOT_FOUND for a country without a review. */
	progress: publicProcedure
		.input(ReviewProgressInput)
		.output(ReviewProgress)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					const progress = await reviewProgress(ctx.db, input, { today: ctx.today() });
					if (progress.clusters.length > 0) return progress;
					const message = `No review data for country ${JSON.stringify(input.country)}`;
					throw new TRPCError({ code: 'NOT_FOUND', message });
				}
			})
		),
	/** Civil-society contributions per cluster × type and × author sector, and their list. */
	contributions: publicProcedure
		.input(ReviewContributionsInput)
		.output(ReviewContributions)
		.query(
			filteredQuery(async (ctx, input) =>
				contributionsFor(
					ctx.db,
					ctx.suppressBelow,
					await reviewContributions(ctx.db, input, { today: ctx.today() })
				)
			)
		)
} satisfies TRPCRouterRecord;
