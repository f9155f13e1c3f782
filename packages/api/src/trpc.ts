/**
 * The one tRPC instance of the API (create it only once per backend). Plain JSON on the wire, no
 * transformer; errors carry readable messages and never a stack.
 */
import { initTRPC, TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { EditConflict } from '@untoc-alliance/db';
import { roleIncludes, type Role } from '@untoc-alliance/schema';
import * as z from 'zod';
import type { Context } from './context.ts';
import { describeIssues, inputIssues, type InputIssue } from './input-issues.ts';

/** Shown instead of the message of an unexpected error; details stay in the server log. */
export const internalErrorMessage = 'Internal server error';

/**
 * The `data` of every API error: tRPC's default data and, for bad input, the fields at fault; for
 * an edit of a row that changed since it was read (409), the row as it is now.
 */
export type ApiErrorData = TRPCDefaultErrorShape['data'] & {
	issues?: InputIssue[];
	current?: unknown;
};

function formatError(error: TRPCError, shape: TRPCDefaultErrorShape) {
	const { stack: _stack, ...data } = shape.data;
	if (error.code === 'INTERNAL_SERVER_ERROR') {
		return { ...shape, message: internalErrorMessage, data };
	}
	if (error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError) {
		const issues = inputIssues(error.cause);
		return { ...shape, message: describeIssues(issues), data: { ...data, issues } };
	}
	if (error.code === 'CONFLICT' && error.cause instanceof EditConflict) {
		return { ...shape, data: { ...data, current: error.cause.current } };
	}
	return { ...shape, data };
}

const t = initTRPC.context<Context>().create({
	isDev: false,
	errorFormatter: ({ error, shape }): TRPCDefaultErrorShape & { data: ApiErrorData } =>
		formatError(error, shape)
});

/** Groups procedures (or routers) into a router. @see https://trpc.io/docs/server/routers */
export const router = t.router;

/** A procedure anyone may call. @see https://trpc.io/docs/server/procedures */
export const publicProcedure = t.procedure;

const articles: Record<Role, string> = {
	analyst: 'an analyst',
	editor: 'an editor',
	admin: 'an admin'
};

/** A procedure only users with `role` (or a role that includes it) may call; others get 403. */
function procedureFor(role: Role) {
	return t.procedure.use(({ ctx, next }) => {
		const { user } = ctx;
		if (!user || !roleIncludes(user.role, role)) {
			const who = user ? `Your role (${user.role}) may not do this` : 'You are not signed in';
			throw new TRPCError({ code: 'FORBIDDEN', message: `${who}: sign in as ${articles[role]}.` });
		}
		return next({ ctx: { ...ctx, user } });
	});
}

/** Signed-in users of any role: everything readable, exports. */
export const analystProcedure = procedureFor('analyst');
/** Editors and admins: writes to the data. */
export const editorProcedure = procedureFor('editor');
/** Admins: users and the audit log. */
export const adminProcedure = procedureFor('admin');

/** Makes a server-side caller of a router, used by the tests. @see https://trpc.io/docs/server/server-side-calls */
export const createCallerFactory = t.createCallerFactory;
