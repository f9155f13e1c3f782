/**
 * Everything SQLite-specific lives here: opening the file with its pragmas, the IMMEDIATE write
 * transaction, bulk inserts through prepared statements and WAL checkpoints. `postgres.ts` is its
 * PostgreSQL counterpart; the queries elsewhere are portable SQL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Tables } from '../schema-types.ts';

const natives = new WeakMap<Kysely<Tables>, BetterSqlite3.Database>();

/** Opens (creating when needed) a SQLite file: WAL, NORMAL sync, busy timeout, FKs, 64 MB cache. */
export function openSqlite(path: string): Kysely<Tables> {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const native = new BetterSqlite3(path);
	native.pragma('journal_mode = WAL');
	native.pragma('synchronous = NORMAL');
	native.pragma('busy_timeout = 5000');
	native.pragma('foreign_keys = ON');
	native.pragma('cache_size = -65536');
	const kysely = new Kysely<Tables>({ dialect: new SqliteDialect({ database: native }) });
	natives.set(kysely, native);
	return kysely;
}

function nativeOf(kysely: Kysely<Tables>): BetterSqlite3.Database {
	const native = natives.get(kysely);
	if (!native) throw new Error('Not a database opened by openSqlite');
	return native;
}

/**
 * Runs `fn` in one `BEGIN IMMEDIATE` transaction on the single connection (Kysely's SQLite
 * dialect would issue a deferred BEGIN, which fails with SQLITE_BUSY under concurrent writers).
 */
export async function writeTransaction<TResult>(
	kysely: Kysely<Tables>,
	fn: (trx: Kysely<Tables>) => Promise<TResult>
): Promise<TResult> {
	return kysely.connection().execute(async (conn) => {
		await sql`begin immediate`.execute(conn);
		try {
			const result = await fn(conn);
			await sql`commit`.execute(conn);
			return result;
		} catch (error) {
			if (nativeOf(kysely).inTransaction) await sql`rollback`.execute(conn);
			throw error;
		}
	});
}

/**
 * Prepares `insert into table (columns) values (?, ...)` as a synchronous row writer (call it
 * inside `writeTransaction`; `dialect/rows.ts` is the engine-neutral way to get one).
 */
export function rowWriter(
	kysely: Kysely<Tables>,
	table: keyof Tables,
	columns: readonly string[]
): (values: readonly (string | number | null)[]) => void {
	const marks = columns.map(() => '?').join(', ');
	const statement = nativeOf(kysely).prepare(
		`insert into ${table} (${columns.join(', ')}) values (${marks})`
	);
	return (values) => {
		statement.run(values);
	};
}

/** Moves the WAL into the database file and truncates it (for after bulk loads). */
export function checkpoint(kysely: Kysely<Tables>): void {
	nativeOf(kysely).pragma('wal_checkpoint(TRUNCATE)');
}
