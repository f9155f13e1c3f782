/**
 * Everything PostgreSQL-specific lives here, the counterpart of `sqlite.ts`: the `pg` pool behind
 * Kysely's PostgresDialect (64-bit counts and numerics read as numbers), the write transaction
 * (one writer at a time per schema, like SQLite's lock), the bulk row writer (INSERTs of up to
 * 5,000 rows from arrays) and the automatic ids of `integer primary key` columns named `id`.
 *
 * The tables are created by the same migrations as on SQLite; SQLite assigns `max(id) + 1` to a
 * row inserted without an id, PostgreSQL does nothing of the kind, so after migrating,
 * `ensureIdDefaults` gives every such column a default that does the same (through a sequence,
 * so the rows of one multi-row INSERT get distinct ids). Rows written with explicit ids, as the
 * seeds do, need no sequence fix-up afterwards.
 */
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Tables } from '../schema-types.ts';

/** The type ids of int8 (count, sum of integers) and numeric (sum of int8, avg). */
const int8 = 20;
const numeric = 1700;

/** `pg` returns int8 and numeric as strings (they may exceed 2^53); here they are numbers. */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
		if (oid === int8 || oid === numeric) return Number;
		return format === 'binary'
			? (pg.types.getTypeParser(oid, 'binary') as (value: string) => unknown)
			: (pg.types.getTypeParser(oid, 'text') as (value: string) => unknown);
	}
};

/** An idle connection the server dropped: the pool discards it and the next query reconnects. */
function ignoreIdleError(): void {
	// Nothing to do: without a listener the pool's 'error' event would crash the process.
}

/** Opens a pool on a `postgres://` URL (connections are made on first use). */
export function openPostgres(url: string): Kysely<Tables> {
	const pool = new pg.Pool({ connectionString: url, types, max: 10, allowExitOnIdle: true });
	pool.on('error', ignoreIdleError);
	return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/** The schema unqualified names resolve to (`public` unless the URL's search_path says else). */
export async function currentSchema(kysely: Kysely<Tables>): Promise<string> {
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(kysely);
	const schema = rows[0]?.schema;
	if (schema === undefined) throw new Error('The PostgreSQL search_path names no schema');
	return schema;
}

/**
 * Runs `fn` in one transaction that first takes a transaction-scoped advisory lock of the schema,
 * so writers queue one after the other as they do on SQLite (and `max(id) + 1` stays unique).
 * Readers are never blocked. Throwing rolls it back.
 */
export async function writeTransaction<TResult>(
	kysely: Kysely<Tables>,
	fn: (trx: Kysely<Tables>) => Promise<TResult>
): Promise<TResult> {
	return kysely.transaction().execute(async (trx) => {
		await sql`select pg_advisory_xact_lock(hashtext(current_schema()))`.execute(trx);
		return fn(trx);
	});
}

const nextIdFunction = sql`create or replace function untoc_next_id(tbl text) returns integer
	language plpgsql volatile as $$
	declare
		taken_id integer;
		next_id integer;
	begin
		execute format('select coalesce(max(id), 0) from %I', tbl) into taken_id;
		next_id := nextval(format('%I', tbl || '_id_seq'));
		if next_id <= taken_id then
			next_id := taken_id + 1;
			perform setval(format('%I', tbl || '_id_seq'), next_id);
		end if;
		return next_id;
	end $$`;

/**
 * Gives every `id integer primary key` column of the current schema without a default the
 * default `untoc_next_id('<table>')`: the larger of `max(id) + 1` and the table's sequence. Runs
 * after the migrations (so tables added by later migrations get it too); idempotent.
 */
export async function ensureIdDefaults(kysely: Kysely<Tables>): Promise<void> {
	const { rows } = await sql<{ table: string }>`select t.relname as "table"
		from pg_index i
		join pg_class t on t.oid = i.indrelid
		join pg_namespace n on n.oid = t.relnamespace
		join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
		where i.indisprimary and i.indnatts = 1 and n.nspname = current_schema()
			and a.attname = 'id' and a.atttypid = 'integer'::regtype and not a.atthasdef
		order by t.relname`.execute(kysely);
	if (rows.length === 0) return;
	await kysely.transaction().execute(async (trx) => {
		await nextIdFunction.execute(trx);
		for (const { table } of rows) {
			const sequence = sql.id(`${table}_id_seq`);
			await sql`create sequence if not exists ${sequence} owned by ${sql.id(table)}.id`.execute(
				trx
			);
			await sql`alter table ${sql.id(table)} alter column id
				set default untoc_next_id(${sql.lit(table)})`.execute(trx);
		}
	});
}

/** Rows per INSERT statement of the bulk writer. */
export const rowsPerInsert = 5_000;

/** The SQL types of a table's columns, by name (`integer`, `text`, ...). */
async function columnTypes(trx: Kysely<Tables>, table: string): Promise<Map<string, string>> {
	const { rows } = await sql<{ name: string; type: string }>`select attname as name,
			format_type(atttypid, atttypmod) as type
		from pg_attribute where attrelid = ${table}::regclass and attnum > 0 and not attisdropped`.execute(
		trx
	);
	return new Map(rows.map((r) => [r.name, r.type]));
}

/**
 * Writes `rows` into `table` through `trx` (call it inside `writeTransaction`), `rowsPerInsert`
 * rows per statement: `insert into t (a, b) select * from unnest($1::integer[], $2::text[])`, one
 * array parameter per column, which PostgreSQL parses and plans far faster than a VALUES list.
 */
export async function insertRows(
	trx: Kysely<Tables>,
	into: { table: keyof Tables; columns: readonly string[] },
	rows: readonly (readonly (string | number | null)[])[]
): Promise<void> {
	const { table, columns } = into;
	const types = await columnTypes(trx, table);
	const casts = columns.map((column, i) => {
		const type = types.get(column);
		if (type === undefined) throw new Error(`${table} has no column ${column}`);
		return `$${i + 1}::${type}[]`;
	});
	const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
		select * from unnest(${casts.join(', ')})`;
	for (let start = 0; start < rows.length; start += rowsPerInsert) {
		const chunk = rows.slice(start, start + rowsPerInsert);
		const arrays = columns.map((_, i) =>
			chunk.map((row) => {
				if (row.length !== columns.length) {
					throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
				}
				return row[i] ?? null;
			})
		);
		await trx.executeQuery(CompiledQuery.raw(text, arrays));
	}
}
