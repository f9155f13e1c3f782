/** The raw tables: one per schema entity, plus join tables for multi-valued fields. */
import { sql, type Kysely } from 'kysely';
import { provenance } from './columns.ts';

async function createCore(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('countries')
		.addColumn('code', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('regional_group', 'text')
		.execute();
	await provenance(
		db.schema
			.createTable('organisations')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('name_key', 'text', (c) => c.notNull())
			.addColumn('sector', 'text', (c) => c.notNull())
			.addColumn('country', 'text', (c) => c.notNull())
			.addColumn('public', 'integer', (c) => c.notNull())
	).execute();
	await provenance(
		db.schema
			.createTable('alliances')
			.addColumn('code', 'text', (c) => c.primaryKey())
			.addColumn('country', 'text', (c) => c.notNull())
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('lead_organisation_id', 'integer', (c) => c.references('organisations.id'))
			.addColumn('launched_on', 'text')
	).execute();
}

async function createMemberships(db: Kysely<unknown>): Promise<void> {
	await provenance(
		db.schema
			.createTable('memberships')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('alliance', 'text', (c) => c.notNull().references('alliances.code'))
			.addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
			.addColumn('role', 'text', (c) => c.notNull())
			.addColumn('joined_on', 'text', (c) => c.notNull())
			.addColumn('left_on', 'text')
	).execute();
	await db.schema
		.createIndex('memberships_alliance')
		.on('memberships')
		.column('alliance')
		.execute();
	await db.schema
		.createIndex('memberships_organisation')
		.on('memberships')
		.column('organisation_id')
		.execute();
	for (const [table, column] of [
		['membership_regions', 'region'],
		['membership_themes', 'theme']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
			.addColumn(column, 'text', (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['membership_id', column])
			.execute();
	}
	await db.schema
		.createIndex('membership_regions_region')
		.on('membership_regions')
		.columns(['region', 'membership_id'])
		.execute();
}

async function createEvents(db: Kysely<unknown>): Promise<void> {
	await provenance(
		db.schema
			.createTable('events')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('alliance', 'text', (c) => c.references('alliances.code'))
			.addColumn('type', 'text', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('start_date', 'text', (c) => c.notNull())
			.addColumn('end_date', 'text')
			.addColumn('format', 'text', (c) => c.notNull())
			.addColumn('city', 'text')
			.addColumn('country', 'text')
			.addColumn('region', 'text')
			.addColumn('participants_reported', 'integer')
	).execute();
	await db.schema
		.createIndex('events_alliance_start')
		.on('events')
		.columns(['alliance', 'start_date'])
		.execute();
	for (const [table, column, type] of [
		['event_clusters', 'cluster', 'integer'],
		['event_themes', 'theme', 'text']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
			.addColumn(column, type, (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['event_id', column])
			.execute();
	}
}

async function createParticipations(db: Kysely<unknown>): Promise<void> {
	await provenance(
		db.schema
			.createTable('participations')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
			.addColumn('organisation_id', 'integer', (c) => c.references('organisations.id'))
			.addColumn('side', 'text', (c) => c.notNull())
			.addColumn('sector', 'text')
			.addColumn('participants', 'integer', (c) => c.notNull())
			.addColumn('organiser', 'integer', (c) => c.notNull())
	).execute();
	await db.schema
		.createIndex('participations_event')
		.on('participations')
		.column('event_id')
		.execute();
	await db.schema
		.createIndex('participations_organisation')
		.on('participations')
		.column('organisation_id')
		.execute();
}

async function createReviews(db: Kysely<unknown>): Promise<void> {
	await provenance(
		db.schema
			.createTable('reviews')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('country', 'text', (c) => c.notNull())
			.addColumn('cluster', 'integer', (c) => c.notNull())
			.addColumn('review_group', 'integer')
			.addColumn('started_on', 'text')
	).execute();
	await db.schema.createIndex('reviews_country').on('reviews').column('country').execute();
	await provenance(
		db.schema
			.createTable('review_steps')
			.addColumn('review_id', 'integer', (c) => c.notNull().references('reviews.id'))
			.addColumn('step', 'text', (c) => c.notNull())
			.addColumn('status', 'text')
			.addColumn('started_on', 'text')
			.addColumn('completed_on', 'text')
			.addPrimaryKeyConstraint('review_steps_pk', ['review_id', 'step'])
	).execute();
}

async function createContributions(db: Kysely<unknown>): Promise<void> {
	await provenance(
		db.schema
			.createTable('contributions')
			.addColumn('id', 'integer', (c) => c.primaryKey())
			.addColumn('country', 'text', (c) => c.notNull())
			.addColumn('cluster', 'integer')
			.addColumn('type', 'text', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('date', 'text', (c) => c.notNull())
	).execute();
	await db.schema
		.createTable('contribution_organisations')
		.addColumn('contribution_id', 'integer', (c) => c.notNull().references('contributions.id'))
		.addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
		.addPrimaryKeyConstraint('contribution_organisations_pk', [
			'contribution_id',
			'organisation_id'
		])
		.execute();
}

async function createDataVersion(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('data_version')
		.addColumn('id', 'integer', (c) => c.primaryKey())
		.addColumn('version', 'integer', (c) => c.notNull())
		.execute();
	await sql`insert into data_version (id, version) values (1, 0)`.execute(db);
}

/** Creates the raw tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await createCore(db);
	await createMemberships(db);
	await createEvents(db);
	await createParticipations(db);
	await createReviews(db);
	await createContributions(db);
	await createDataVersion(db);
}
