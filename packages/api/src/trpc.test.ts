import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { openTestDatabase } from '@untoc-alliance/db';
import { describe, expect, it } from 'vitest';
import { createContextInner } from './context.ts';
import { createCallerFactory, internalErrorMessage, publicProcedure, router } from './trpc.ts';

const testRouter = router({
	boom: publicProcedure.query(() => {
		throw new Error('SELECT secret FROM internals');
	})
});

async function shapeOf(call: () => Promise<unknown>) {
	const error = await call().then(
		() => undefined,
		(e: unknown) => e
	);
	if (!(error instanceof TRPCError)) throw new Error('Expected a TRPCError');
	return getTRPCErrorShape({
		config: testRouter._def._config,
		error,
		type: 'query',
		path: 'boom',
		input: undefined,
		ctx: undefined
	});
}

describe('the error formatter', () => {
	it('replaces the message of an unexpected error and never sends a stack', async () => {
		const db = await openTestDatabase();
		const ctx = createContextInner({ db });
		const shape = await shapeOf(() => createCallerFactory(testRouter)(ctx).boom());
		await db.close();
		expect(shape.message).toBe(internalErrorMessage);
		expect(shape.data.code).toBe('INTERNAL_SERVER_ERROR');
		expect(JSON.stringify(shape)).not.toMatch(/secret|stack/);
	});
});
