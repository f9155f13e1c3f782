/**
 * Rebuilds every summary table from the raw tables with portable INSERT ... SELECT statements.
 * Runs inside the write transaction that changed the raw rows.
 */
import { sql, type Kysely } from 'kysely';
import { bitCase, sectorBits, themeBits } from '../codes.ts';
import type { Tables } from '../schema-types.ts';

const summaryTables = [
	'timeline_rollup',
	'timeline_mask_rollup',
	'timeline_sector_rollup',
	'event_facts',
	'event_sector_facts',
	'event_side_facts',
	'member_facts',
	'organisation_event_facts',
	'organisation_year_rollup'
] as const;

async function rebuildEventFacts(trx: Kysely<Tables>): Promise<void> {
	await sql`insert into event_sector_facts (event_id, sector, participants)
		select event_id, sector, sum(participants) from participations
		where sector is not null group by event_id, sector`.execute(trx);
	await sql`insert into event_side_facts (event_id, side, participants)
		select event_id, side, sum(participants) from participations group by event_id, side`.execute(trx);
	await sql`insert into event_facts (event_id, alliance, month, start_date, type, region,
			theme_mask, sector_mask, participants, synthetic)
		select e.id, e.alliance, substr(e.start_date, 1, 7), e.start_date, e.type, e.region,
			coalesce(th.mask, 0), coalesce(se.mask, 0), coalesce(t.participants, 0),
			case when e.synthetic = 1 or t.synthetic = 1 then 1 else 0 end
		from events e
		left join (select event_id, sum(participants) as participants, max(synthetic) as synthetic
			from participations group by event_id) t on t.event_id = e.id
		left join (select event_id, sum(${bitCase('sector', sectorBits)}) as mask
			from event_sector_facts group by event_id) se on se.event_id = e.id
		left join (select event_id, sum(${bitCase('theme', themeBits)}) as mask
			from event_themes group by event_id) th on th.event_id = e.id`.execute(trx);
}

/** One row per organisation and event, from the participations and the event facts. */
async function rebuildOrganisationEventFacts(trx: Kysely<Tables>): Promise<void> {
	await sql`insert into organisation_event_facts (organisation_id, event_id, alliance, start_date,
			region, theme_mask, sector, participants)
		select p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask,
			max(p.sector), sum(p.participants)
		from participations p join event_facts f on f.event_id = p.event_id
		where p.organisation_id is not null
		group by p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask`.execute(
		trx
	);
	await sql`insert into organisation_year_rollup (scope, organisation_id, year, sector, events,
			participants, last_date)
		select alliance, organisation_id, substr(start_date, 1, 4), max(sector), count(*),
			sum(participants), max(start_date)
		from organisation_event_facts where alliance is not null
		group by alliance, organisation_id, substr(start_date, 1, 4)
		union all
		select '*', organisation_id, substr(start_date, 1, 4), max(sector), count(*), sum(participants),
			max(start_date)
		from organisation_event_facts group by organisation_id, substr(start_date, 1, 4)`.execute(trx);
}

async function rebuildTimelineRollups(trx: Kysely<Tables>): Promise<void> {
	await sql`insert into timeline_rollup (scope, month, type, events, participants, synthetic_events)
		select alliance, month, type, count(*), sum(participants), sum(synthetic) from event_facts
		where alliance is not null group by alliance, month, type
		union all
		select '*', month, type, count(*), sum(participants), sum(synthetic) from event_facts
		group by month, type`.execute(trx);
	await sql`insert into timeline_mask_rollup (scope, month, type, sector_mask, events, synthetic_events)
		select alliance, month, type, sector_mask, count(*), sum(synthetic) from event_facts
		where alliance is not null and sector_mask <> 0 group by alliance, month, type, sector_mask
		union all
		select '*', month, type, sector_mask, count(*), sum(synthetic) from event_facts
		where sector_mask <> 0 group by month, type, sector_mask`.execute(trx);
	await sql`insert into timeline_sector_rollup (scope, month, type, sector, participants)
		select f.alliance, f.month, f.type, s.sector, sum(s.participants)
		from event_sector_facts s join event_facts f on f.event_id = s.event_id
		where f.alliance is not null group by f.alliance, f.month, f.type, s.sector
		union all
		select '*', f.month, f.type, s.sector, sum(s.participants)
		from event_sector_facts s join event_facts f on f.event_id = s.event_id
		group by f.month, f.type, s.sector`.execute(trx);
}

async function rebuildMemberFacts(trx: Kysely<Tables>): Promise<void> {
	await sql`insert into member_facts (membership_id, alliance, name, name_key, sector, joined_on,
			left_on, theme_mask, synthetic)
		select m.id, m.alliance, o.name, o.name_key, o.sector, m.joined_on, m.left_on,
			coalesce(t.mask, 0), case when m.synthetic = 1 or o.synthetic = 1 then 1 else 0 end
		from memberships m join organisations o on o.id = m.organisation_id
		left join (select membership_id, sum(${bitCase('theme', themeBits)}) as mask
			from membership_themes group by membership_id) t on t.membership_id = m.id`.execute(trx);
}

/** Empties and refills every summary table from the raw rows. */
export async function rebuildSummaries(trx: Kysely<Tables>): Promise<void> {
	for (const table of summaryTables) await trx.deleteFrom(table).execute();
	await rebuildEventFacts(trx);
	await rebuildTimelineRollups(trx);
	await rebuildMemberFacts(trx);
	await rebuildOrganisationEventFacts(trx);
}
