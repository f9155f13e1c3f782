/**
 * Backups of a live database, taken while the server runs:
 * - SQLite: the online backup API (better-sqlite3's `backup`) copies the file page by page into a
 *   new file and restarts when another connection writes meanwhile, so the copy is one
 *   consistent state; the copy is then checked with `pragma integrity_check`.
 * - PostgreSQL: `pg_dump --format=custom`, one consistent snapshot (restore with `pg_restore`).
 * See the README, "Backup and restore", for the restore steps.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** What a backup wrote. */
export interface BackupResult {
	/** The file written. */
	path: string;
	bytes: number;
}

function prepareTarget(target: string): void {
	if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
	mkdirSync(dirname(target), { recursive: true });
}

/**
 * Copies the SQLite file `source` into the new file `target` with the online backup API, then
 * checks the copy's integrity (throws when it is not `ok`). By default the whole file is copied
 * in one step, under one read transaction: in WAL mode writers go on meanwhile and the copy is the
 * state when it began. With `pagesPerStep`, a write by another connection between two steps
 * restarts the copy (so under steady writes small steps may never finish).
 */
export async function backupSqlite(
	source: string,
	target: string,
	options: { pagesPerStep?: number } = {}
): Promise<BackupResult> {
	if (!existsSync(source)) throw new Error(`No SQLite database at ${source}`);
	prepareTarget(target);
	const native = new BetterSqlite3(source, { fileMustExist: true });
	try {
		const pages = options.pagesPerStep ?? 0x7fffffff;
		await native.backup(target, { progress: () => pages });
	} finally {
		native.close();
	}
	// The copy keeps the source's WAL mode; a rollback journal makes it one self-contained file.
	const copy = new BetterSqlite3(target, { fileMustExist: true });
	try {
		copy.pragma('journal_mode = DELETE');
		const result = copy.pragma('integrity_check', { simple: true });
		if (result !== 'ok')
			throw new Error(`The copy ${target} failed its integrity check: ${String(result)}`);
	} finally {
		copy.close();
	}
	return { path: target, bytes: statSync(target).size };
}

/** `pg_dump` on the PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function findPgTool(name: 'pg_dump' | 'pg_restore'): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((v) => existsSync(join(root, v, 'bin', name)))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	return versions[0] === undefined ? name : join(root, versions[0], 'bin', name);
}

/**
 * Dumps the PostgreSQL database at `url` into the new file `target` in pg_dump's custom format
 * (compressed; `pg_restore --clean --if-exists -d <url> <file>` restores it).
 */
export async function backupPostgres(url: string, target: string): Promise<BackupResult> {
	prepareTarget(target);
	const tool = findPgTool('pg_dump');
	const stderr: Buffer[] = [];
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(tool, ['--format=custom', `--file=${target}`, `--dbname=${url}`], {
			stdio: ['ignore', 'inherit', 'pipe']
		});
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', (error) =>
			reject(
				new Error(`Could not run ${tool} (apt-get install postgresql-client)`, { cause: error })
			)
		);
		child.on('close', resolve);
	});
	if (code !== 0) {
		throw new Error(`pg_dump failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`);
	}
	return { path: target, bytes: statSync(target).size };
}

/** `untoc-2026-11-28T19-20-05Z`: a file name stem that sorts by time and has no colons. */
export function backupStem(now: Date): string {
	return `untoc-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}
