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
import { publicProcedure } from '../trpc.ts';

export const allianceRouter = {
	/** Members that match the filter: total, by sector, by region, by theme. */
	composition: publicProcedure
		.input(DashboardFilter)
		.output(Composition)
		.query(
			filteredQuery((ctx, input) => allianceComposition(ctx.db, input, { today: ctx.today() }))
		),

	/** Members per sector at the end of each month, with milestones for the time axis. */
	growth: publicProcedure
		.input(DashboardFilter)
		.output(MembershipGrowth)
		.query(filteredQuery((ctx, input) => membershipGrowth(ctx.db, input, { today: ctx.today() }))),

	/** Members that match the filter, counted by sector × theme, with row and column totals. */
	matrix: publicProcedure
		.input(DashboardFilter)
		.output(SectorThemeMatrix)
		.query(filteredQuery((ctx, input) => sectorThemeMatrix(ctx.db, input, { today: ctx.today() })))
} satisfies TRPCRouterRecord;
