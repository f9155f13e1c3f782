/**
 * THE way a test opens a database: `await openTestDatabase()` is a fresh, migrated, empty
 * database on the engine of the test run, so every test that opens its database here runs on
 * both engines:
 * - SQLite `:memory:` by default (`pnpm test` in a package);
 * - PostgreSQL when `TEST_DATABASE_URL` is set (`pnpm test:pg`, which starts a throw-away server
 *   with `scripts/postgres.sh`): a new database copied from a migrated template (built once per
 *   set of migrations, so tests skip the migrations), dropped again by `close()`.
 * Use it instead of `openDatabase({ path: ':memory:' })`. Tests of something only SQLite has
 * (pragmas, WAL, files, a killed process) keep calling `openDatabase({ path })` and say so.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../database.ts';
import { dbEnv } from '../env.ts';
import { migrationProvider } from '../migrations/provider.ts';

/** The PostgreSQL database the tests run on, or undefined for SQLite. */
export const testDatabaseUrl: string | undefined = dbEnv().TEST_DATABASE_URL;

/** The engine of this test run. */
export const testEngine: Engine = testDatabaseUrl === undefined ? 'sqlite' : 'postgres';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

/** Runs one statement on a connection of its own. */
async function run(url: string, text: string): Promise<void> {
	await withClient(url, (c) => c.query(text));
}

function withDatabase(url: string, name: string): string {
	const other = new URL(url);
	other.pathname = `/${name}`;
	return other.toString();
}

/**
 * A new, empty schema of the PostgreSQL test database: the URL that opens it (its search_path
 * set in the URL's `options`) and `drop()`, which deletes it with everything in it. For tests that
 * hand a URL to something else (the server); others use `openTestDatabase`.
 */
export async function createTestSchema(
	url: string
): Promise<{ url: string; drop: () => Promise<void> }> {
	const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
	await withClient(url, (c) => c.query(`create schema "${schema}"`));
	const scoped = new URL(url);
	scoped.searchParams.set('options', `-c search_path=${schema}`);
	return {
		url: scoped.toString(),
		drop: () => run(url, `drop schema "${schema}" cascade`)
	};
}

/** The template's name: a digest of the migrations, so a changed migration builds a new one. */
async function templateName(): Promise<string> {
	const migrations = await migrationProvider.getMigrations();
	const hash = createHash('sha256');
	for (const [name, m] of Object.entries(migrations)) hash.update(`${name}\n${m.up.toString()}\n`);
	return `untoc_template_${hash.digest('hex').slice(0, 16)}`;
}

let template: Promise<string> | undefined;

/** Builds the migrated template database once (under an advisory lock: workers race here). */
async function ensureTemplate(url: string): Promise<string> {
	const name = await templateName();
	await withClient(url, async (client) => {
		await client.query('select pg_advisory_lock(hashtext($1))', [name]);
		try {
			const found = await client.query('select 1 from pg_database where datname = $1', [name]);
			if (found.rowCount !== 0) return;
			const building = `${name}_building`;
			await client.query(`drop database if exists "${building}"`);
			await client.query(`create database "${building}"`);
			const db = await openDatabase({ url: withDatabase(url, building) });
			await db.close();
			await client.query(`alter database "${building}" rename to "${name}"`);
		} finally {
			await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
		}
	});
	return name;
}

async function openPostgresTestDatabase(url: string): Promise<Database> {
	template ??= ensureTemplate(url);
	const source = await template;
	const name = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
	await withClient(url, (c) =>
		c.query(`create database "${name}" template "${source}" strategy file_copy`)
	);
	const drop = () => run(url, `drop database "${name}" with (force)`);
	const db = await openDatabase({ url: withDatabase(url, name) }).catch(async (error: unknown) => {
		await drop();
		throw error;
	});
	return {
		...db,
		async close() {
			await db.close();
			await drop();
		}
	};
}

/** A fresh, migrated and empty database on the engine of this test run (see the top). */
export async function openTestDatabase(): Promise<Database> {
	if (testDatabaseUrl === undefined) return openDatabase({ path: ':memory:' });
	return openPostgresTestDatabase(testDatabaseUrl);
}
