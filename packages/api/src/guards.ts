/** Checks a resolver makes beyond the schema: references to rows that must exist. */
import { TRPCError } from '@trpc/server';
import { listAlliances } from '@untoc-alliance/db';
import type { Context } from './context.ts';
import { fieldError } from './input-issues.ts';

/** Throws BAD_REQUEST `alliance: Unknown alliance "ZZZ"` when the filter names no known alliance. */
export async function assertKnownAlliance(
	ctx: Context,
	alliance: string | undefined
): Promise<void> {
	if (alliance === undefined) return;
	const known = await listAlliances(ctx.db);
	if (known.some((a) => a.code === alliance)) return;
	const message = `Unknown alliance ${JSON.stringify(alliance)}`;
	throw new TRPCError({
		code: 'BAD_REQUEST',
		message: `alliance: ${message}`,
		cause: fieldError({ path: 'alliance', message, input: alliance })
	});
}
