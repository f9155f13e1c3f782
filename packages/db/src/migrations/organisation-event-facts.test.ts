/**
 * Migration 0005 on a file written before it. SQLite only: it reopens a database file (the
 * migration itself runs on PostgreSQL in every `pnpm test:pg` test database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.ts';
import { fixtureDataset } from '../testing/fixture.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { rebuildSummaries } from '../write/rebuild-summaries.ts';
import { migrationProvider } from './provider.ts';

const dir = mkdtempSync(join(tmpdir(), 'untoc-0005-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot(db: Database) {
	const facts = await db.kysely
		.selectFrom('organisation_event_facts')
		.selectAll()
		.orderBy('organisation_id')
		.orderBy('event_id')
		.execute();
	const years = await db.kysely
		.selectFrom('organisation_year_rollup')
		.selectAll()
		.orderBy('scope')
		.orderBy('organisation_id')
		.orderBy('year')
		.execute();
	return { facts, years };
}

describe('migration 0005 on a database that already holds data', () => {
	it('fills the organisation summaries exactly as rebuildSummaries does', async () => {
		const path = join(dir, 'before-0005.sqlite');
		const first = await openDatabase({ path });
		await loadDataset(first, fixtureDataset());
		// Back to the state of a file written before 0005: later migrations undone, no 0005 tables
		// and no record of it.
		const migrator = new Migrator({ db: first.kysely, provider: migrationProvider });
		const { error } = await migrator.migrateTo('0005-organisation-event-facts');
		expect(error).toBeUndefined();
		await sql`drop table organisation_year_rollup`.execute(first.kysely);
		await sql`drop table organisation_event_facts`.execute(first.kysely);
		await sql`delete from kysely_migration where name = '0005-organisation-event-facts'`.execute(
			first.kysely
		);
		await first.close();
		const db = await openDatabase({ path });
		const migrated = await snapshot(db);
		expect(migrated.facts.length).toBeGreaterThan(0);
		await db.write((trx) => rebuildSummaries(trx));
		expect(await snapshot(db)).toEqual(migrated);
		await db.close();
	});
});
