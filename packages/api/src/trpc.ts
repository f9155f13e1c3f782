/**
 * The one tRPC instance of the API (create it only once per backend). Plain JSON on the wire, no
 * transformer; errors carry readable messages and never a stack.
 */
import { initTRPC, type TRPCDefaultErrorShape, type TRPCError } from '@trpc/server';
import * as z from 'zod';
import type { Context } from './context.ts';
import { describeIssues, inputIssues, type InputIssue } from './input-issues.ts';

/** Shown instead of the message of an unexpected error; details stay in the server log. */
export const internalErrorMessage = 'Internal server error';

/** The `data` of every API error: tRPC's default data and, for bad input, the fields at fault. */
export type ApiErrorData = TRPCDefaultErrorShape['data'] & { issues?: InputIssue[] };

function formatError(error: TRPCError, shape: TRPCDefaultErrorShape) {
	const { stack: _stack, ...data } = shape.data;
	if (error.code === 'INTERNAL_SERVER_ERROR') {
		return { ...shape, message: internalErrorMessage, data };
	}
	if (error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError) {
		const issues = inputIssues(error.cause);
		return { ...shape, message: describeIssues(issues), data: { ...data, issues } };
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

/** Makes a server-side caller of a router, used by the tests. @see https://trpc.io/docs/server/server-side-calls */
export const createCallerFactory = t.createCallerFactory;
