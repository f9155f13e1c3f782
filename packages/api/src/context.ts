/** The context every procedure gets: the database, today's date and the optional result cache. */
import { dataVersion, type Database } from '@untoc-alliance/db';
import type { ResultCache } from './result-cache.ts';

/** What the API needs from its host. */
export interface ContextDeps {
	db: Database;
	/** Today's date (`YYYY-MM-DD`); defaults to the UTC date of the clock. */
	today?: () => string;
	/** Shared result cache; without it every call reaches the database. */
	cache?: ResultCache | undefined;
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
	/** Answers from the result cache when one is configured, else runs `load`. */
	cached<TValue>(call: CachedCall<TValue>): Promise<TValue>;
}

function clockToday(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Builds the context from its dependencies; pure, so tests call it directly. */
export function createContextInner(deps: ContextDeps): Context {
	const { db, cache } = deps;
	const today = deps.today ?? clockToday;
	return {
		db,
		today,
		async cached({ path, input, load }) {
			if (!cache) return load();
			const version = await dataVersion(db);
			const key = `${path} ${today()} ${JSON.stringify(input ?? null)}`;
			return cache.read({ key, version, load });
		}
	};
}

/** The adapter's `createContext`: one context per request, built from the same dependencies. */
export function createContext(deps: ContextDeps): () => Context {
	return () => createContextInner(deps);
}
