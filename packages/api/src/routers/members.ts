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
import { suppressCount } from '../suppress.ts';
import { unnamedOrganisations } from '../unnamed.ts';
import { publicProcedure } from '../trpc.ts';

export const membersRouter = {
	/**
	 * One page of the members that match the filter and the search text; anonymous callers see
	 * only organisations marked public, and how many others match (when not a small number).
	 */
	list: publicProcedure
		.input(MembersListInput)
		.output(MembersPage)
		.query(
			filteredQuery(async (ctx, input) => {
				const today = ctx.today();
				if (ctx.suppressBelow === null) {
					const page = await listMembers(ctx.db, input, { today });
					return { ...page, unnamed: 0, suppressedBelow: null };
				}
				const [page, all] = await Promise.all([
					listMembers(ctx.db, input, { today, publicOnly: true }),
					listMembers(ctx.db, { ...input, page: 1, pageSize: 1 }, { today })
				]);
				const unnamed = suppressCount(all.total - page.total, ctx.suppressBelow);
				return { ...page, unnamed, suppressedBelow: ctx.suppressBelow };
			})
		),

	/**
	 * One member: organisation, sector, regions, themes, events attended and contributions;
	 * NOT_FOUND for an unknown id and, for anonymous callers, for an organisation not marked public.
	 */
	byId: publicProcedure
		.input(MemberByIdInput)
		.output(MemberDetail)
		.query(({ ctx, input, path }) =>
			ctx.cached({
				path,
				input,
				load: async () => {
					const member = await memberDetail(ctx.db, { id: input.id });
					const hidden =
						member !== undefined &&
						ctx.audience === 'public' &&
						(await unnamedOrganisations(ctx.db)).organisations.has(member.organisationId);
					if (member && !hidden) return member;
					throw new TRPCError({ code: 'NOT_FOUND', message: `No member with id ${input.id}` });
				}
			})
		)
} satisfies TRPCRouterRecord;
