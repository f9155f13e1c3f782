/**
 * `admin.*`: the user accounts (list, create, change role, disable) and the audit log. Admins
 * only (403 for anyone else). An admin cannot demote or disable themselves, so that there is
 * always someone left to manage the accounts. Answers are never cached.
 */
import { TRPCError } from '@trpc/server';
import {
	AccountError,
	createUser,
	getUser,
	listAudit,
	listUsers,
	updateUser
} from '@untoc-alliance/db';
import {
	AdminUser,
	AdminUsers,
	AuditPage,
	AuditQuery,
	NewUserInput,
	UserUpdateInput
} from '@untoc-alliance/schema';
import { adminProcedure, router } from '../trpc.ts';

function accountError(error: unknown): never {
	if (error instanceof AccountError) {
		throw new TRPCError({
			code: error.reason === 'duplicate-email' ? 'CONFLICT' : 'NOT_FOUND',
			message: error.message
		});
	}
	throw error;
}

export const adminRouter = router({
	users: adminProcedure.output(AdminUsers).query(({ ctx }) => listUsers(ctx.db)),

	audit: adminProcedure
		.input(AuditQuery)
		.output(AuditPage)
		.query(({ ctx, input }) => listAudit(ctx.db, input)),

	createUser: adminProcedure
		.input(NewUserInput)
		.output(AdminUser)
		.mutation(async ({ ctx, input }) => {
			const { id } = await createUser(ctx.db, input, { by: ctx.user.id }).catch(accountError);
			const user = await getUser(ctx.db, id);
			if (!user) throw new Error(`User ${id} vanished after its creation`);
			return user;
		}),

	updateUser: adminProcedure
		.input(UserUpdateInput)
		.output(AdminUser)
		.mutation(async ({ ctx, input }) => {
			if (
				input.id === ctx.user.id &&
				(input.disabled === true || (input.role ?? 'admin') !== 'admin')
			) {
				throw new TRPCError({
					code: 'FORBIDDEN',
					message: 'You cannot demote or disable yourself: ask another admin.'
				});
			}
			return updateUser(ctx.db, input, { by: ctx.user.id }).catch(accountError);
		})
});
