/** The summary tables the request-path queries read (see summary-tables.ts for their meaning). */
import type { Kysely } from 'kysely';

async function createEventFacts(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('event_facts')
		.addColumn('event_id', 'integer', (c) => c.primaryKey().references('events.id'))
		.addColumn('alliance', 'text')
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('start_date', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('region', 'text')
		.addColumn('theme_mask', 'integer', (c) => c.notNull())
		.addColumn('sector_mask', 'integer', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addColumn('synthetic', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('event_facts_alliance_start')
		.on('event_facts')
		.columns(['alliance', 'start_date'])
		.execute();
	await db.schema.createIndex('event_facts_start').on('event_facts').column('start_date').execute();
	await db.schema
		.createTable('event_sector_facts')
		.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
		.addColumn('sector', 'text', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('event_sector_facts_pk', ['event_id', 'sector'])
		.execute();
}

async function createTimelineRollups(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('timeline_rollup')
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('events', 'integer', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addColumn('synthetic_events', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('timeline_rollup_pk', ['scope', 'month', 'type'])
		.execute();
	await db.schema
		.createTable('timeline_mask_rollup')
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('sector_mask', 'integer', (c) => c.notNull())
		.addColumn('events', 'integer', (c) => c.notNull())
		.addColumn('synthetic_events', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('timeline_mask_rollup_pk', ['scope', 'month', 'type', 'sector_mask'])
		.execute();
	await db.schema
		.createTable('timeline_sector_rollup')
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('sector', 'text', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('timeline_sector_rollup_pk', ['scope', 'month', 'type', 'sector'])
		.execute();
	await createCoveringIndexes(db);
}

/** Indexes holding every column the timeline reads, so rollup reads never touch the table. */
async function createCoveringIndexes(db: Kysely<unknown>): Promise<void> {
	const covering = {
		timeline_rollup: ['scope', 'month', 'type', 'events', 'participants', 'synthetic_events'],
		timeline_mask_rollup: ['scope', 'month', 'type', 'sector_mask', 'events', 'synthetic_events'],
		timeline_sector_rollup: ['scope', 'sector', 'month', 'type', 'participants']
	};
	for (const [table, columns] of Object.entries(covering))
		await db.schema.createIndex(`${table}_covering`).on(table).columns(columns).execute();
}

async function createMemberFacts(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('member_facts')
		.addColumn('membership_id', 'integer', (c) => c.primaryKey().references('memberships.id'))
		.addColumn('alliance', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_key', 'text', (c) => c.notNull())
		.addColumn('sector', 'text', (c) => c.notNull())
		.addColumn('joined_on', 'text', (c) => c.notNull())
		.addColumn('left_on', 'text')
		.addColumn('theme_mask', 'integer', (c) => c.notNull())
		.addColumn('synthetic', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('member_facts_alliance_name')
		.on('member_facts')
		.columns(['alliance', 'name_key'])
		.execute();
	await db.schema.createIndex('member_facts_name').on('member_facts').column('name_key').execute();
}

/** Creates the summary tables (filled by `rebuildSummaries`). */
export async function up(db: Kysely<unknown>): Promise<void> {
	await createEventFacts(db);
	await createTimelineRollups(db);
	await createMemberFacts(db);
}
