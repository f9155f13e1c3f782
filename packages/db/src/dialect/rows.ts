/**
 * The engine-neutral bulk row writer used by the seeds and `loadDataset`. Register one writer per
 * table, parents before children (a flush writes the tables in that order, so foreign keys hold),
 * call the writers once per row (synchronously), and `await flush()` now and then and at the end:
 * - SQLite: each row runs a prepared statement at once (better-sqlite3 is synchronous and fast);
 *   `flush` has nothing to do.
 * - PostgreSQL: rows are buffered and a flush sends them as multi-row INSERTs of 1,000 rows.
 * Use it inside `db.write(async (trx) => …)` and pass that `trx`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { insertRows } from './postgres.ts';
import { rowWriter } from './sqlite.ts';

/** The values of one row, in the order of the writer's columns. */
export type RowValues = readonly (string | number | null)[];

/** Writes one row of its table. */
export type RowWriter = (values: RowValues) => void;

/** Per-table writers sharing one buffer (see the module comment). */
export interface RowSink {
	/** A writer for `table` with these columns; register parents before children. */
	table(table: keyof Tables, columns: readonly string[]): RowWriter;
	/** Rows buffered and not yet written (always 0 on SQLite). */
	readonly pending: number;
	/** Writes every buffered row, table by table in the order they were registered. */
	flush(): Promise<void>;
}

/** Flush when this many rows wait (bounds the memory of big seeds on PostgreSQL). */
export const flushEvery = 20_000;

function sqliteSink(db: Database): RowSink {
	return {
		table: (table, columns) => rowWriter(db.kysely, table, columns),
		pending: 0,
		flush: () => Promise.resolve()
	};
}

function postgresSink(trx: Kysely<Tables>): RowSink {
	const tables: { table: keyof Tables; columns: readonly string[]; rows: RowValues[] }[] = [];
	let pending = 0;
	return {
		table(table, columns) {
			const entry = { table, columns, rows: [] as RowValues[] };
			tables.push(entry);
			return (values) => {
				entry.rows.push(values);
				pending++;
			};
		},
		get pending() {
			return pending;
		},
		async flush() {
			for (const entry of tables) {
				if (entry.rows.length === 0) continue;
				const rows = entry.rows;
				entry.rows = [];
				await insertRows(trx, entry, rows);
			}
			pending = 0;
		}
	};
}

/** A row sink for `db`, writing through `trx` (the transaction of `db.write`). */
export function rowSink(db: Database, trx: Kysely<Tables>): RowSink {
	return db.engine === 'sqlite' ? sqliteSink(db) : postgresSink(trx);
}
