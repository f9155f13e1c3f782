/**
 * The db package's settings from the environment, the only reader of `process.env` here (the
 * server has its own `env.ts`): the PostgreSQL database of a test run (`TEST_DATABASE_URL`, set by
 * `scripts/postgres.sh`) and the database `pnpm db:backup` copies (`DATABASE_URL`,
 * `DATABASE_PATH`), plus `INIT_CWD`, the folder pnpm was started in. Read lazily and parsed with
 * zod; a bad value throws a message naming the variable.
 */
import * as z from 'zod';
import { isPostgresUrl } from './database.ts';

const PostgresUrl = z.string().refine((url) => isPostgresUrl(url) && URL.canParse(url), {
	error: 'must be a postgres:// or postgresql:// URL'
});

/** Unset and empty mean the same: not set. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const DbEnv = z.object({
	TEST_DATABASE_URL: z.preprocess(unsetIfEmpty, PostgresUrl.optional()),
	DATABASE_URL: z.preprocess(unsetIfEmpty, PostgresUrl.optional()),
	DATABASE_PATH: z.preprocess(unsetIfEmpty, z.string().optional()),
	INIT_CWD: z.preprocess(unsetIfEmpty, z.string().optional())
});

/** The parsed settings. */
export type DbEnv = z.output<typeof DbEnv>;

/** Parses the package's settings from `vars` (default: the process's). */
export function dbEnv(vars: Record<string, string | undefined> = process.env): DbEnv {
	const result = DbEnv.safeParse(vars);
	if (result.success) return result.data;
	const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
	throw new Error(`Invalid environment:\n${lines.join('\n')}`);
}
