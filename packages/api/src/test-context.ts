/**
 * Test helpers: a real database with the demo data, a caller, and error shapes. The database is
 * SQLite in memory, or a fresh PostgreSQL schema when TEST_DATABASE_URL is set (`pnpm test:pg`):
 * open every test database with `openDemoDatabase()` or `openTestDatabase()` from
 * `@untoc-alliance/db`, never `openDatabase({ path: ':memory:' })`, so the suite runs on both.
 */
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { openTestDatabase, seedDatabase, type Database } from '@untoc-alliance/db';
import type { SessionUser } from '@untoc-alliance/schema';
import { createContextInner } from './context.ts';
import type { ResultCache } from './result-cache.ts';
import { appRouter } from './root.ts';
import { createCallerFactory, type ApiErrorData } from './trpc.ts';

/** The fixed "today" of every API test. */
export const testToday = '2026-11-28';

/** A fresh database of the test run's engine with the demo seed. */
export async function openDemoDatabase(): Promise<Database> {
	const db = await openTestDatabase();
	await seedDatabase(db, { kind: 'demo' }, { today: testToday });
	return db;
}

/** A signed-in analyst (any signed-in role reads exact counts); for `callerFor(db, { user })`. */
export const testAnalyst: SessionUser = {
	id: 1,
	email: 'analyst@example.org',
	name: 'Test analyst',
	role: 'analyst'
};

/** A server-side caller of the whole API on `db`, anonymous unless `user` is given. */
export function callerFor(
	db: Database,
	options: { cache?: ResultCache; user?: SessionUser | null; publicMinCount?: number } = {}
) {
	const ctx = createContextInner({
		db,
		today: () => testToday,
		cache: options.cache,
		user: options.user,
		publicMinCount: options.publicMinCount
	});
	return createCallerFactory(appRouter)(ctx);
}

/** The error a call rejects with, shaped as the HTTP adapter would send it. */
export async function errorShapeOf(call: Promise<unknown>) {
	const error = await call.then(
		() => undefined,
		(e: unknown) => e
	);
	if (!(error instanceof TRPCError)) throw new Error('Expected the call to fail with a TRPCError');
	const shape = getTRPCErrorShape({
		config: appRouter._def._config,
		error,
		type: 'query',
		path: undefined,
		input: undefined,
		ctx: undefined
	});
	return shape as { message: string; code: number; data: ApiErrorData };
}
