import { readImportCsv } from '@untoc-alliance/schema';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Database } from '../database.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { dataVersion } from '../write/data-version.ts';
import { runImport } from './run-import.ts';

const memberCsv = [
	'Organisation,Sector,Country,Public,Alliance,Role,Joined on,Left on,Regions,Themes,Verified,Synthetic,Source',
	'Kappa Legal Clinic,Legal profession,PAK,yes,PAK,member,2024-02-01,,PK-PB,drugs;fraud,yes,no,',
	'Kappa Legal Clinic,legal,PAK,yes,MEX,member,2024-03-01,,,,yes,no,',
	'Alpha Rights Forum,Media,PAK,yes,PAK,lead,2021-01-01,,,,yes,no,'
].join('\n');

const eventCsv = [
	'Title,Type,Alliance,Start date,End date,Format,City,Country,Region,Clusters,Themes,Participants reported',
	'Provincial dialogue,constructive_dialogue,PAK,2024-04-02,2024-04-03,in_person,Lahore,PAK,PK-PB,1;2,drugs,40',
	'Global webinar,Workshop,,2024-05-10,,Online,,,,,,'
].join('\n');

let db: Database;
beforeEach(async () => {
	db = await openFixture();
});
afterEach(async () => {
	await db.close();
});

async function count(
	table: 'organisations' | 'memberships' | 'events' | 'audit_log' | 'member_facts' | 'event_facts'
) {
	const row = await db.kysely
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

async function snapshot() {
	return {
		organisations: await count('organisations'),
		memberships: await count('memberships'),
		events: await count('events'),
		audit: await count('audit_log'),
		memberFacts: await count('member_facts'),
		version: await dataVersion(db)
	};
}

const importMembers = (text: string, mode: 'preview' | 'commit') =>
	runImport(db, {
		file: readImportCsv('members', text),
		mode,
		userId: null,
		fileName: 'members.csv'
	});

describe('runImport: members', () => {
	test('a preview counts creates, updates and unchanged rows and writes nothing', async () => {
		const before = await snapshot();
		const result = await importMembers(memberCsv, 'preview');
		expect(result).toMatchObject({ committed: false, rows: 3, errorCount: 0, errors: [] });
		expect(result.counts).toEqual([
			{ entity: 'organisations', create: 1, update: 1, unchanged: 0 },
			{ entity: 'memberships', create: 2, update: 1, unchanged: 0 }
		]);
		expect(result.sample.map((s) => s.row)).toEqual([2, 3, 4]);
		expect(await snapshot()).toEqual(before);
	});

	test('a commit writes the rows, the summaries, one audit entry and a new data version', async () => {
		const before = await snapshot();
		const result = await importMembers(memberCsv, 'commit');
		expect(result.committed).toBe(true);
		expect(await snapshot()).toEqual({
			...before,
			organisations: before.organisations + 1,
			memberships: before.memberships + 2,
			memberFacts: before.memberFacts + 2,
			audit: before.audit + 1,
			version: before.version + 1
		});
		const alpha = await db.kysely
			.selectFrom('organisations')
			.select(['sector', 'version'])
			.where('name', '=', 'Alpha Rights Forum')
			.executeTakeFirstOrThrow();
		expect(alpha).toEqual({ sector: 'media', version: 2 });
		const kappa = await db.kysely
			.selectFrom('member_facts')
			.select(['alliance', 'sector', 'theme_mask'])
			.where('name', '=', 'Kappa Legal Clinic')
			.orderBy('alliance')
			.execute();
		expect(kappa.map((k) => k.alliance)).toEqual(['MEX', 'PAK']);
		expect(kappa[1]?.theme_mask).not.toBe(0);
		const audit = await db.kysely
			.selectFrom('audit_log')
			.select(['action', 'entity', 'entity_id', 'after'])
			.executeTakeFirstOrThrow();
		expect(audit).toMatchObject({ action: 'import', entity: 'members', entity_id: 'members.csv' });
		expect(JSON.parse(audit.after ?? 'null')).toMatchObject({ rows: 3 });
	});

	test('re-importing the same file changes nothing: no audit entry, same data version', async () => {
		await importMembers(memberCsv, 'commit');
		const before = await snapshot();
		const again = await importMembers(memberCsv, 'commit');
		expect(again.committed).toBe(false);
		expect(again.counts).toEqual([
			{ entity: 'organisations', create: 0, update: 0, unchanged: 2 },
			{ entity: 'memberships', create: 0, update: 0, unchanged: 3 }
		]);
		expect(await snapshot()).toEqual(before);
	});

	test('one bad row means nothing is written (all or nothing), with every error listed', async () => {
		const before = await snapshot();
		const bad = `${memberCsv}\nNu Forum,ngo,PAK,no,XYZ,member,2024-01-01,,,,no,no,\nXi,sect,PAK,no,PAK,member,2024-01-01,,,,no,no,`;
		const result = await importMembers(bad, 'commit');
		expect(result.committed).toBe(false);
		expect(result.errors).toEqual([
			{ row: 5, column: 'Alliance', message: 'Unknown alliance "XYZ"' },
			{ row: 6, column: 'Sector', message: 'Unknown sector "sect"' }
		]);
		expect(await snapshot()).toEqual(before);
	});

	test('an absent optional column keeps the stored value', async () => {
		await importMembers(memberCsv, 'commit');
		const text =
			'Organisation,Sector,Country,Alliance,Role,Joined on\nKappa Legal Clinic,legal,PAK,PAK,member,2024-02-01';
		const result = await importMembers(text, 'commit');
		expect(result.counts[1]).toEqual({ entity: 'memberships', create: 0, update: 0, unchanged: 1 });
	});
});

describe('runImport: events', () => {
	const importEvents = (text: string) =>
		runImport(db, {
			file: readImportCsv('events', text),
			mode: 'commit',
			userId: null,
			fileName: 'e.csv'
		});

	test('creates events with clusters and themes, then finds them by natural key', async () => {
		const before = await count('events');
		const first = await importEvents(eventCsv);
		expect(first.counts).toEqual([{ entity: 'events', create: 2, update: 0, unchanged: 0 }]);
		expect(await count('events')).toBe(before + 2);
		const clusters = await sql<{ n: number }>`select count(*) as n from event_clusters c
			join events e on e.id = c.event_id where e.title = 'Provincial dialogue'`.execute(db.kysely);
		expect(Number(clusters.rows[0]?.n)).toBe(2);
		const again = await importEvents(eventCsv);
		expect(again.counts).toEqual([{ entity: 'events', create: 0, update: 0, unchanged: 2 }]);
		const changed = await importEvents(eventCsv.replace(',40', ',45'));
		expect(changed.counts).toEqual([{ entity: 'events', create: 0, update: 1, unchanged: 1 }]);
		const row = await db.kysely
			.selectFrom('events')
			.select(['participants_reported', 'version'])
			.where('title', '=', 'Provincial dialogue')
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ participants_reported: 45, version: 2 });
		expect(await count('event_facts')).toBe(before + 2);
	});
});
