/** `members.*`: the organisations behind every number, a page at a time. */
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { listMembers, memberDetail } from '@untoc-alliance/db';
import {
	MemberByIdInput,
	MemberDetail,
	MembersListInput,
	MembersPage
} from '@untoc-alliance/schema';
import { filteredQuery } from '../filtered-query.ts';
import { publicProcedure } from '../trpc.ts';

export const membersRouter = {
	/** One page of the members that match the filter and the search text. */
	list: publicProcedure
		.input(MembersListInput)
		.output(MembersPage)
		.query(filteredQuery((ctx, input) => listMembers(ctx.db, input, { today: ctx.today() }))),

	/** One member: organisation, sector, regions, themes, events attended and contributions. */
	byId: publicProcedure
		.input(MemberByIdInput)
		.output(MemberDetail)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					const member = await memberDetail(ctx.db, { id: input.id });
					if (member) return member;
					throw new TRPCError({ code: 'NOT_FOUND', message: `No member with id ${input.id}` });
				}
			})
		)
} satisfies TRPCRouterRecord;
