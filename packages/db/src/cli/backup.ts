/**
 * `pnpm db:backup [file]`: backs up the database the server uses, while it runs.
 * - `DATABASE_URL` set (postgres://…): `pg_dump` into `backups/untoc-<time>.dump`;
 * - else the SQLite file `DATABASE_PATH` (default: the server's `apps/server/data/
 *   untoc-alliance.sqlite`): an online copy into `backups/untoc-<time>.sqlite`, integrity-checked.
 * Relative paths are taken from the folder the command was started in. Restore steps: README,
 * "Backup and restore".
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { backupPostgres, backupSqlite, backupStem } from '../backup/backup.ts';
import { dbEnv } from '../env.ts';

const serverDatabase = fileURLToPath(
	new URL('../../../../apps/server/data/untoc-alliance.sqlite', import.meta.url)
);

const Target = z
	.string()
	.min(1, { error: 'must not be empty' })
	.refine((t) => !t.startsWith('-'), { error: 'usage: pnpm db:backup [file]' })
	.optional();

async function main(): Promise<void> {
	const parsed = Target.safeParse(process.argv[2]);
	if (!parsed.success) {
		console.error(`file: ${parsed.error.issues[0]?.message}`);
		process.exit(2);
	}
	const target = parsed.data;
	const { DATABASE_URL: url, DATABASE_PATH: path, INIT_CWD } = dbEnv();
	// pnpm runs package scripts in the package folder; INIT_CWD is where the command was typed.
	const cwd = INIT_CWD ?? process.cwd();
	const stem = backupStem(new Date());
	const started = performance.now();
	const result =
		url === undefined
			? await backupSqlite(
					path === undefined ? serverDatabase : resolve(cwd, path),
					resolve(cwd, target ?? `backups/${stem}.sqlite`)
				)
			: await backupPostgres(url, resolve(cwd, target ?? `backups/${stem}.dump`));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const mb = (result.bytes / 1_048_576).toFixed(1);
	console.log(`Backed up to ${result.path} (${mb} MB in ${seconds} s)`);
}

try {
	await main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
