/** Opening SQLite files: folders, migrations, pragmas. SQLite only (files and pragmas). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';

const dir = mkdtempSync(join(tmpdir(), 'untoc-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function migrationNames(path: string): Promise<string[]> {
	const db = await openDatabase({ path });
	const rows = await db.kysely
		.selectFrom('kysely_migration' as never)
		.select('name' as never)
		.orderBy('name' as never)
		.execute();
	await db.close();
	return rows.map((r) => (r as { name: string }).name);
}

describe('openDatabase', () => {
	it('creates the folder and applies every migration to an empty file', async () => {
		const path = join(dir, 'nested', 'fresh.sqlite');
		expect(await migrationNames(path)).toEqual([
			'0001-initial',
			'0002-summary-tables',
			'0003-member-lookups',
			'0004-event-side-facts',
			'0005-organisation-event-facts',
			'0006-accounts-audit-versions',
			'0007-natural-keys'
		]);
	});

	it('applies nothing twice when the file is opened again', async () => {
		const path = join(dir, 'again.sqlite');
		await migrationNames(path);
		expect(await migrationNames(path)).toEqual([
			'0001-initial',
			'0002-summary-tables',
			'0003-member-lookups',
			'0004-event-side-facts',
			'0005-organisation-event-facts',
			'0006-accounts-audit-versions',
			'0007-natural-keys'
		]);
	});

	it('sets WAL, NORMAL sync, a 5 s busy timeout and foreign keys on a file', async () => {
		const db = await openDatabase({ path: join(dir, 'pragmas.sqlite') });
		const read = async (name: string): Promise<unknown> => {
			const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db.kysely);
			return Object.values(rows[0] ?? {})[0];
		};
		expect([
			await read('journal_mode'),
			await read('synchronous'),
			await read('busy_timeout'),
			await read('foreign_keys')
		]).toEqual(['wal', 1, 5000, 1]);
		expect(db).toMatchObject({ engine: 'sqlite', path: join(dir, 'pragmas.sqlite') });
		await db.close();
	});

	it('opens an in-memory database with empty tables', async () => {
		const db = await openDatabase({ path: ':memory:' });
		expect(await db.kysely.selectFrom('alliances').selectAll().execute()).toEqual([]);
		await db.close();
	});
});
