/**
 * The SQLite backup, taken while another connection keeps writing. SQLite only: it copies a
 * database file (the PostgreSQL backup is `pg_dump`, exercised by the README's restore steps).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.ts';
import { seedScale } from '../seed/scale/scale-seed.ts';
import { addParticipation } from '../write/add-participation.ts';
import { dataVersion } from '../write/data-version.ts';
import { backupSqlite, backupStem } from './backup.ts';

const dir = mkdtempSync(join(tmpdir(), 'untoc-backup-'));
const source = join(dir, 'live.sqlite');
let db: Database;
beforeAll(async () => {
	db = await openDatabase({ path: source });
	await seedScale(db, { records: 20_000, today: '2026-11-28' });
});
afterAll(async () => {
	await db.close();
	rmSync(dir, { recursive: true, force: true });
});

async function state(of: Database) {
	const count = async (table: 'participations' | 'events' | 'organisations') =>
		Number(
			(
				await of.kysely
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const facts = await of.kysely
		.selectFrom('event_facts')
		.select((eb) => eb.fn.sum<number>('participants').as('n'))
		.executeTakeFirstOrThrow();
	const raw = await of.kysely
		.selectFrom('participations')
		.select((eb) => eb.fn.sum<number>('participants').as('n'))
		.executeTakeFirstOrThrow();
	return {
		participations: await count('participations'),
		events: await count('events'),
		organisations: await count('organisations'),
		version: await dataVersion(of),
		rawParticipants: Number(raw.n),
		summaryParticipants: Number(facts.n)
	};
}

const added = {
	eventId: 1,
	organisationId: 1,
	side: 'civil_society',
	sector: 'ngo',
	participants: 3,
	organiser: false,
	verified: false,
	synthetic: true,
	sourceUrl: null
} as const;

describe('backupSqlite', () => {
	it('copies one consistent state while writes go on, and the copy passes its integrity check', async () => {
		const before = await state(db);
		let backingUp = true;
		let writesDuringBackup = 0;
		const writer = (async () => {
			for (let i = 0; i < 30; i++) {
				await addParticipation(db, added);
				if (backingUp) writesDuringBackup++;
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();
		// A few pages per step, so the writes interleave with the copy (each restarts it).
		const target = join(dir, 'during.sqlite');
		const result = await backupSqlite(source, target, { pagesPerStep: 8 });
		backingUp = false;
		await writer;
		expect(writesDuringBackup).toBeGreaterThan(0);
		expect(result.path).toBe(target);
		const copy = await openDatabase({ path: target });
		const copied = await state(copy);
		await copy.close();
		// Every write adds one participation and bumps the version once, in one transaction: a
		// consistent copy has as many new rows as version steps, and summaries equal to its rows.
		expect(copied.participations - before.participations).toBe(copied.version - before.version);
		expect(copied.summaryParticipants).toBe(copied.rawParticipants);
		expect(copied.events).toBe(before.events);
	});

	it('copies exactly what a quiet database holds', async () => {
		const target = join(
			dir,
			'backups',
			`${backupStem(new Date('2026-11-28T19:20:05.123Z'))}.sqlite`
		);
		expect(target.endsWith('untoc-2026-11-28T19-20-05Z.sqlite')).toBe(true);
		const result = await backupSqlite(source, target);
		expect(result.bytes).toBeGreaterThan(0);
		const copy = await openDatabase({ path: target });
		expect(await state(copy)).toEqual(await state(db));
		await copy.close();
	});

	it('refuses to overwrite a file, and names a missing source', async () => {
		await expect(backupSqlite(source, source)).rejects.toThrow(/already exists/);
		await expect(backupSqlite(join(dir, 'none.sqlite'), join(dir, 'x.sqlite'))).rejects.toThrow(
			/No SQLite database at .*none\.sqlite/
		);
	});
});
