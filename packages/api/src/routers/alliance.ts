/** `alliance.*`: who is in the alliance, counted by sector, region and theme. */
import type { TRPCRouterRecord } from '@trpc/server';
import { allianceComposition } from '@untoc-alliance/db';
import { Composition, DashboardFilter } from '@untoc-alliance/schema';
import { assertKnownAlliance } from '../guards.ts';
import { publicProcedure } from '../trpc.ts';

export const allianceRouter = {
	/** Members that match the filter: total, by sector, by region, by theme. */
	composition: publicProcedure
		.input(DashboardFilter)
		.output(Composition)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					await assertKnownAlliance(ctx, input.alliance);
					return allianceComposition(ctx.db, input, { today: ctx.today() });
				}
			})
		)
} satisfies TRPCRouterRecord;
