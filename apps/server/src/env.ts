/**
 * The server's settings: the only reader of `process.env`. Parsed with zod; a bad value stops the
 * process with a message naming the variable.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeedSpec } from '@untoc-alliance/db';
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

const Env = z.object({
	PORT: Port.default(3000),
	HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
	DATABASE_PATH: FilePath.default(resolve('./data/untoc-alliance.sqlite')),
	SEED: z.string().default('demo').pipe(SeedSpec),
	DASHBOARD_DIST: FilePath.default(defaultDashboardDist)
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
