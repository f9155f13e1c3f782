/**
 * The context every procedure gets: the database, today's date, who is calling (null when
 * anonymous), the audience answers are shaped for, and the optional result cache.
 */
import type { IncomingMessage } from 'node:http';
import { dataVersion, type Database } from '@untoc-alliance/db';
import { defaultPublicMinCount, type SessionUser } from '@untoc-alliance/schema';
import type { ResultCache } from './result-cache.ts';

/**
 * Who an answer is for: `public` (anonymous: small counts suppressed, only public organisations
 * named) or `full` (any signed-in role). Cached answers are kept per audience.
 */
export type Audience = 'public' | 'full';

/** What the API needs from its host. */
export interface ContextDeps {
	db: Database;
	/** Today's date (`YYYY-MM-DD`); defaults to the UTC date of the clock. */
	today?: () => string;
	/** Shared result cache; without it every call reaches the database. */
	cache?: ResultCache | undefined;
	/** The signed-in user of a request (from its session cookie); absent means anonymous. */
	authenticate?: (req: IncomingMessage) => Promise<SessionUser | null>;
	/** Counts below this are suppressed for anonymous callers (`PUBLIC_MIN_COUNT`); default 3. */
	publicMinCount?: number | undefined;
}

/** A cacheable call: the procedure path, its parsed input, and how to compute the result. */
export interface CachedCall<TValue> {
	path: string;
	input: unknown;
	load: () => Promise<TValue>;
}

export interface Context {
	db: Database;
	today: () => string;
	/** The signed-in user, or null for an anonymous call. */
	user: SessionUser | null;
	audience: Audience;
	/** Counts from 1 below this are suppressed in answers; null for the full audience. */
	suppressBelow: number | null;
	/** Answers from the result cache when one is configured, else runs `load`. */
	cached<TValue>(call: CachedCall<TValue>): Promise<TValue>;
}

function clockToday(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Builds the context from its dependencies and the caller; pure, so tests call it directly. */
export function createContextInner(
	deps: ContextDeps & { user?: SessionUser | null | undefined }
): Context {
	const { db, cache } = deps;
	const today = deps.today ?? clockToday;
	const user = deps.user ?? null;
	const audience: Audience = user ? 'full' : 'public';
	const suppressBelow =
		audience === 'public' ? (deps.publicMinCount ?? defaultPublicMinCount) : null;
	return {
		db,
		today,
		user,
		audience,
		suppressBelow,
		async cached({ path, input, load }) {
			if (!cache) return load();
			const version = await dataVersion(db);
			const key = `${audience}${suppressBelow ?? ''} ${path} ${today()} ${JSON.stringify(input ?? null)}`;
			return cache.read({ key, version, load });
		}
	};
}

/** The adapter's `createContext`: one context per request, with the request's signed-in user. */
export function createContext(
	deps: ContextDeps
): (opts: { req: IncomingMessage }) => Promise<Context> {
	return async ({ req }) =>
		createContextInner({ ...deps, user: deps.authenticate ? await deps.authenticate(req) : null });
}
