/**
 * `organisation_event_facts`: one row per organisation and event it took part in, with the
 * event's alliance, date, region and themes copied in, and `organisation_year_rollup`: its events
 * and people per scope (the event's alliance, or `*` for all events) and year. Rankings of
 * organisations (`engagement.members`, `engagement.network`) read whole years from the rollup and
 * partial edge years from the facts, and never group the participations. Filled by
 * `rebuildSummaries`, kept current by `addParticipation`.
 */
import { sql, type Kysely } from 'kysely';

/**
 * Creates the table with an index per organisation by date and one per alliance by date, and fills
 * it from the participations of a database that already holds data (as `rebuildSummaries` does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('organisation_event_facts')
		.addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
		.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
		.addColumn('alliance', 'text')
		.addColumn('start_date', 'text', (c) => c.notNull())
		.addColumn('region', 'text')
		.addColumn('theme_mask', 'integer', (c) => c.notNull())
		.addColumn('sector', 'text')
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('organisation_event_facts_pk', ['organisation_id', 'event_id'])
		.execute();
	await sql`insert into organisation_event_facts (organisation_id, event_id, alliance, start_date,
			region, theme_mask, sector, participants)
		select p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask,
			max(p.sector), sum(p.participants)
		from participations p join event_facts f on f.event_id = p.event_id
		where p.organisation_id is not null
		group by p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask`.execute(
		db
	);
	await db.schema
		.createIndex('organisation_event_facts_organisation_start')
		.on('organisation_event_facts')
		.columns(['organisation_id', 'start_date', 'event_id', 'participants'])
		.execute();
	await db.schema
		.createIndex('organisation_event_facts_alliance_start')
		.on('organisation_event_facts')
		.columns(['alliance', 'start_date', 'organisation_id', 'sector', 'participants'])
		.execute();
	await db.schema
		.createIndex('organisation_event_facts_start')
		.on('organisation_event_facts')
		.columns(['start_date', 'organisation_id', 'sector', 'participants'])
		.execute();
	await createYearRollup(db);
}

async function createYearRollup(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('organisation_year_rollup')
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
		.addColumn('year', 'text', (c) => c.notNull())
		.addColumn('sector', 'text')
		.addColumn('events', 'integer', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addColumn('last_date', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('organisation_year_rollup_pk', ['scope', 'organisation_id', 'year'])
		.execute();
	await sql`insert into organisation_year_rollup (scope, organisation_id, year, sector, events,
			participants, last_date)
		select alliance, organisation_id, substr(start_date, 1, 4), max(sector), count(*),
			sum(participants), max(start_date)
		from organisation_event_facts where alliance is not null
		group by alliance, organisation_id, substr(start_date, 1, 4)
		union all
		select '*', organisation_id, substr(start_date, 1, 4), max(sector), count(*), sum(participants),
			max(start_date)
		from organisation_event_facts group by organisation_id, substr(start_date, 1, 4)`.execute(db);
	await db.schema
		.createIndex('organisation_year_rollup_covering')
		.on('organisation_year_rollup')
		.columns(['scope', 'organisation_id', 'year', 'sector', 'events', 'participants', 'last_date'])
		.execute();
}
