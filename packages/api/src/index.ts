/** The package entry: the router, its type and I/O types, the context and the result cache. */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.ts';

export { appRouter, type AppRouter } from './root.ts';
export {
	createContext,
	createContextInner,
	type CachedCall,
	type Context,
	type ContextDeps
} from './context.ts';
export { createCallerFactory, internalErrorMessage, type ApiErrorData } from './trpc.ts';
export {
	createResultCache,
	type CacheRead,
	type CacheStats,
	type ResultCache
} from './result-cache.ts';
export type { InputIssue } from './input-issues.ts';

/**
 * The input type of every procedure.
 * @example
 * type Filter = RouterInputs['alliance']['composition'];
 * //   ^? { alliance?: string; sectors?: Sector[]; … }
 */
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * The output type of every procedure.
 * @example
 * type Composition = RouterOutputs['alliance']['composition'];
 * //   ^? { total: number; bySector: { sector: Sector; count: number }[]; … }
 */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
