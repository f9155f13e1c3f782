/** `members.*`: the organisations behind every number, a page at a time. */
import type { TRPCRouterRecord } from '@trpc/server';
import { listMembers } from '@untoc-alliance/db';
import { MembersListInput, MembersPage } from '@untoc-alliance/schema';
import { assertKnownAlliance } from '../guards.ts';
import { publicProcedure } from '../trpc.ts';

export const membersRouter = {
	/** One page of the members that match the filter and the search text. */
	list: publicProcedure
		.input(MembersListInput)
		.output(MembersPage)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					await assertKnownAlliance(ctx, input.alliance);
					return listMembers(ctx.db, input, { today: ctx.today() });
				}
			})
		)
} satisfies TRPCRouterRecord;
