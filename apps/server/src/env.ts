/**
 * The server's settings: the only reader of `process.env`. Parsed with zod; a bad value stops the
 * process with a message naming the variable.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl, SeedSpec } from '@untoc-alliance/db';
import { defaultPublicMinCount, PublicMinCount } from '@untoc-alliance/schema';
import * as z from 'zod';

const defaultDashboardDist = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

const Port = z
	.string()
	.regex(/^\d{1,5}$/, { error: 'must be a port number, 0 to 65535' })
	.transform(Number)
	.pipe(z.int().max(65_535, { error: 'must be a port number, 0 to 65535' }));

const FilePath = z
	.string()
	.min(1, { error: 'must not be empty' })
	.transform((path) => (path === ':memory:' ? path : resolve(path)));

/** A PostgreSQL URL naming a host (or a `?host=` socket folder); when set, it replaces the file. */
const DatabaseUrl = z.string().refine(
	(url) => {
		if (!isPostgresUrl(url) || !URL.canParse(url)) return false;
		const parsed = new URL(url);
		return parsed.hostname !== '' || parsed.searchParams.has('host');
	},
	{
		error: 'must be a postgres:// or postgresql:// URL, like postgres://user:password@host:5432/db'
	}
);

const Env = z.object({
	PORT: Port.default(3000),
	HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
	DATABASE_PATH: FilePath.default(resolve('./data/untoc-alliance.sqlite')),
	DATABASE_URL: DatabaseUrl.optional(),
	SEED: z.string().default('demo').pipe(SeedSpec),
	DASHBOARD_DIST: FilePath.default(defaultDashboardDist),
	/** `1` behind a reverse proxy: believe its X-Forwarded-Proto/Host/For (Secure cookie, CSRF). */
	TRUST_PROXY: z
		.enum(['0', '1'], { error: 'must be 0 or 1' })
		.default('0')
		.transform((value) => value === '1'),
	/** Counts below this are shown to anonymous visitors as "fewer than N". */
	PUBLIC_MIN_COUNT: z
		.string()
		.regex(/^\d{1,3}$/, { error: 'must be a whole number from 1 to 100' })
		.default(String(defaultPublicMinCount))
		.transform(Number)
		.pipe(PublicMinCount)
});

/** The parsed settings. */
export type Env = z.output<typeof Env>;

/** Thrown by `parseEnv`; the message names every bad variable. */
export class EnvError extends Error {
	override name = 'EnvError';
}

/** Parses settings from a set of variables (pure: tests pass their own). */
export function parseEnv(vars: Record<string, string | undefined>): Env {
	const result = Env.safeParse(vars);
	if (result.success) return result.data;
	const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
	throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
}

/** `pnpm user:add`'s password from `USER_PASSWORD`, when set (else it prompts or reads stdin). */
export function userPasswordFromEnv(
	vars: Record<string, string | undefined> = process.env
): string | undefined {
	return vars['USER_PASSWORD'];
}

/** Reads the process's settings, or prints what is wrong and exits with status 1. */
export function loadEnv(): Env {
	try {
		return parseEnv(process.env);
	} catch (error) {
		if (!(error instanceof EnvError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}
