/** The resolver shape shared by every filter procedure: check the alliance, then ask the cache. */
import type { Context } from './context.ts';
import { assertKnownAlliance } from './guards.ts';

/**
 * A cached resolver for a procedure whose input carries the dashboard filter: an `alliance` that
 * names no alliance answers BAD_REQUEST, anything else is loaded once per input and data version.
 * @example filters: publicProcedure.input(DashboardFilter).output(X).query(filteredQuery(
 *   (ctx, input) => someQuery(ctx.db, input, { today: ctx.today() })))
 */
export function filteredQuery<TInput extends { alliance?: string | undefined }, TOutput>(
	load: (ctx: Context, input: TInput) => Promise<TOutput>
) {
	return ({ ctx, input, path }: { ctx: Context; input: TInput; path: string }) =>
		ctx.cached({
			path,
			input,
			load: async () => {
				await assertKnownAlliance(ctx, input.alliance);
				return load(ctx, input);
			}
		});
}
