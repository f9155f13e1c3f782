/** `alliance.*`: who is in the alliance, counted by sector, region and theme, and over time. */
import type { TRPCRouterRecord } from '@trpc/server';
import { allianceComposition, membershipGrowth, sectorThemeMatrix } from '@untoc-alliance/db';
import {
	Composition,
	DashboardFilter,
	MembershipGrowth,
	SectorThemeMatrix
} from '@untoc-alliance/schema';
import { filteredQuery } from '../filtered-query.ts';
import { compositionFor, growthFor, matrixFor } from '../suppress.ts';
import { publicProcedure } from '../trpc.ts';

export const allianceRouter = {
	/** Members that match the filter: total, by sector, by region, by theme. */
	composition: publicProcedure
		.input(DashboardFilter)
		.output(Composition)
		.query(
			filteredQuery(async (ctx, input) =>
				compositionFor(
					await allianceComposition(ctx.db, input, { today: ctx.today() }),
					ctx.suppressBelow
				)
			)
		),

	/** Members per sector at the end of each month, with milestones for the time axis. */
	growth: publicProcedure
		.input(DashboardFilter)
		.output(MembershipGrowth)
		.query(
			filteredQuery(async (ctx, input) =>
				growthFor(await membershipGrowth(ctx.db, input, { today: ctx.today() }), ctx.suppressBelow)
			)
		),

	/** Members that match the filter, counted by sector × theme, with row and column totals. */
	matrix: publicProcedure
		.input(DashboardFilter)
		.output(SectorThemeMatrix)
		.query(
			filteredQuery(async (ctx, input) =>
				matrixFor(await sectorThemeMatrix(ctx.db, input, { today: ctx.today() }), ctx.suppressBelow)
			)
		)
} satisfies TRPCRouterRecord;
