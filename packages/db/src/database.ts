/** Opening a database: the connection, its pragmas and the migrations. */
import { Migrator, type Kysely } from 'kysely';
import { openSqlite, writeTransaction } from './dialect/sqlite.ts';
import { migrationProvider } from './migrations/provider.ts';
import type { Tables } from './schema-types.ts';

/** An open database: the Kysely handle, its engine and where it lives. */
export interface Database {
	kysely: Kysely<Tables>;
	engine: 'sqlite';
	path: string;
	/**
	 * Runs `fn` as one write transaction: all of it or none of it. On SQLite it begins IMMEDIATE,
	 * so concurrent writers queue on the lock instead of failing. Throwing rolls it back.
	 */
	write<TResult>(fn: (trx: Kysely<Tables>) => Promise<TResult>): Promise<TResult>;
	close(): Promise<void>;
}

async function migrate(kysely: Kysely<Tables>): Promise<void> {
	const migrator = new Migrator({ db: kysely, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	if (error === undefined) return;
	const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
	throw new Error(`Migration ${failed} failed`, { cause: error });
}

/** Opens a SQLite file (or `:memory:`), creating its folder, and applies pending migrations. */
export async function openDatabase(options: { path: string }): Promise<Database> {
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
