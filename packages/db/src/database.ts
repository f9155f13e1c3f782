/** Opening a database: the connection (SQLite file or PostgreSQL URL) and the migrations. */
import { Migrator, type Kysely } from 'kysely';
import * as postgres from './dialect/postgres.ts';
import { openSqlite, writeTransaction } from './dialect/sqlite.ts';
import { migrationProvider } from './migrations/provider.ts';
import type { Tables } from './schema-types.ts';

/** The database engines the package runs on. */
export type Engine = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, its engine and where it lives. */
export interface Database {
	kysely: Kysely<Tables>;
	engine: Engine;
	/** The SQLite file (or `:memory:`); on PostgreSQL the URL without its password. */
	path: string;
	/**
	 * Runs `fn` as one write transaction: all of it or none of it. On SQLite it begins IMMEDIATE,
	 * so concurrent writers queue on the lock instead of failing; on PostgreSQL writers queue on
	 * an advisory lock of the schema. Throwing rolls it back.
	 */
	write<TResult>(fn: (trx: Kysely<Tables>) => Promise<TResult>): Promise<TResult>;
	close(): Promise<void>;
}

/** Where to open: a SQLite file (or `:memory:`), or a `postgres://` / `postgresql://` URL. */
export type DatabaseOptions = { path: string } | { url: string };

/** True for a `postgres://` or `postgresql://` URL. */
export function isPostgresUrl(value: string): boolean {
	return /^postgres(ql)?:\/\//i.test(value);
}

async function migrate(kysely: Kysely<Tables>, schema?: string): Promise<void> {
	const migrator = new Migrator({
		db: kysely,
		provider: migrationProvider,
		// Named on PostgreSQL: else the Migrator finds a migration table of any other schema.
		...(schema === undefined ? {} : { migrationTableSchema: schema })
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error === undefined) return;
	const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
	throw new Error(`Migration ${failed} failed`, { cause: error });
}

function withoutPassword(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = '';
		return parsed.toString();
	} catch {
		return 'postgres://…';
	}
}

async function openPostgresDatabase(url: string): Promise<Database> {
	const kysely = postgres.openPostgres(url);
	try {
		await migrate(kysely, await postgres.currentSchema(kysely));
		await postgres.ensureIdDefaults(kysely);
	} catch (error) {
		await kysely.destroy();
		throw error;
	}
	return {
		kysely,
		engine: 'postgres',
		path: withoutPassword(url),
		write: (fn) => postgres.writeTransaction(kysely, fn),
		close: () => kysely.destroy()
	};
}

/**
 * Opens a SQLite file (or `:memory:`), creating its folder, or a PostgreSQL database by URL (the
 * database must exist; a `search_path` in the URL's `options` picks the schema), and applies
 * pending migrations.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
	if ('url' in options) return openPostgresDatabase(options.url);
	const kysely = openSqlite(options.path);
	try {
		await migrate(kysely);
	} catch (error) {
		await kysely.destroy();
		throw error;
	}
	return {
		kysely,
		engine: 'sqlite',
		path: options.path,
		write: (fn) => writeTransaction(kysely, fn),
		close: () => kysely.destroy()
	};
}
