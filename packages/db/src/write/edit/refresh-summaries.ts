/**
 * Keeping the summary tables right after an edit, by recomputing only the keys the edit touches:
 * the facts of the touched events (`event_facts`, `event_sector_facts`, `event_side_facts`,
 * `organisation_event_facts`), the timeline rollups of their months (before and after the edit),
 * the year rollups of the organisations that took part in them (before and after), and the
 * `member_facts` of the touched memberships. Same SQL as `rebuildSummaries`, restricted to those
 * keys; portable (SQLite and PostgreSQL).
 *
 * Two steps around the write: `detachSummaries` before it (remembers the old months and
 * organisations and removes the touched rows, which reference the raw rows), `attachSummaries`
 * after it (recomputes them from the raw rows as they now are).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { bitCase, sectorBits, themeBits } from '../../codes.ts';
import type { Tables } from '../../schema-types.ts';

type Trx = Kysely<Tables>;

/** What an edit touches. */
export interface Touched {
	eventIds: number[];
	membershipIds: number[];
}

/** The keys to recompute, gathered before the write. */
export interface Detached extends Touched {
	months: string[];
	organisationIds: number[];
}

function list(values: readonly (string | number)[]): RawBuilder<unknown> {
	return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

function unique<T>(values: Iterable<T>): T[] {
	return [...new Set(values)];
}

async function monthsOf(trx: Trx, eventIds: number[]): Promise<string[]> {
	if (eventIds.length === 0) return [];
	const rows = await trx
		.selectFrom('event_facts')
		.select('month')
		.distinct()
		.where('event_id', 'in', eventIds)
		.execute();
	return rows.map((r) => r.month);
}

async function organisationsOf(trx: Trx, eventIds: number[]): Promise<number[]> {
	if (eventIds.length === 0) return [];
	const rows = await trx
		.selectFrom('organisation_event_facts')
		.select('organisation_id')
		.distinct()
		.where('event_id', 'in', eventIds)
		.execute();
	return rows.map((r) => r.organisation_id);
}

/** Before the write: remembers the old keys and removes the touched per-event and member rows. */
export async function detachSummaries(trx: Trx, touched: Touched): Promise<Detached> {
	const eventIds = unique(touched.eventIds);
	const membershipIds = unique(touched.membershipIds);
	const detached = {
		eventIds,
		membershipIds,
		months: await monthsOf(trx, eventIds),
		organisationIds: await organisationsOf(trx, eventIds)
	};
	if (eventIds.length > 0) {
		for (const table of [
			'organisation_event_facts',
			'event_sector_facts',
			'event_side_facts',
			'event_facts'
		] as const)
			await trx.deleteFrom(table).where('event_id', 'in', eventIds).execute();
	}
	if (membershipIds.length > 0)
		await trx.deleteFrom('member_facts').where('membership_id', 'in', membershipIds).execute();
	return detached;
}

async function insertEventFacts(trx: Trx, ids: RawBuilder<unknown>): Promise<void> {
	await sql`insert into event_sector_facts (event_id, sector, participants)
		select event_id, sector, sum(participants) from participations
		where sector is not null and event_id in ${ids} group by event_id, sector`.execute(trx);
	await sql`insert into event_side_facts (event_id, side, participants)
		select event_id, side, sum(participants) from participations
		where event_id in ${ids} group by event_id, side`.execute(trx);
	await sql`insert into event_facts (event_id, alliance, month, start_date, type, region,
			theme_mask, sector_mask, participants, synthetic)
		select e.id, e.alliance, substr(e.start_date, 1, 7), e.start_date, e.type, e.region,
			coalesce(th.mask, 0), coalesce(se.mask, 0), coalesce(t.participants, 0),
			case when e.synthetic = 1 or t.synthetic = 1 then 1 else 0 end
		from events e
		left join (select event_id, sum(participants) as participants, max(synthetic) as synthetic
			from participations where event_id in ${ids} group by event_id) t on t.event_id = e.id
		left join (select event_id, sum(${bitCase('sector', sectorBits)}) as mask
			from event_sector_facts where event_id in ${ids} group by event_id) se on se.event_id = e.id
		left join (select event_id, sum(${bitCase('theme', themeBits)}) as mask
			from event_themes where event_id in ${ids} group by event_id) th on th.event_id = e.id
		where e.id in ${ids}`.execute(trx);
	await sql`insert into organisation_event_facts (organisation_id, event_id, alliance, start_date,
			region, theme_mask, sector, participants)
		select p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask,
			max(p.sector), sum(p.participants)
		from participations p join event_facts f on f.event_id = p.event_id
		where p.organisation_id is not null and p.event_id in ${ids}
		group by p.organisation_id, p.event_id, f.alliance, f.start_date, f.region, f.theme_mask`.execute(
		trx
	);
}

async function refreshTimeline(trx: Trx, months: string[]): Promise<void> {
	if (months.length === 0) return;
	for (const table of [
		'timeline_rollup',
		'timeline_mask_rollup',
		'timeline_sector_rollup'
	] as const)
		await trx.deleteFrom(table).where('month', 'in', months).execute();
	const m = list(months);
	await sql`insert into timeline_rollup (scope, month, type, events, participants, synthetic_events)
		select alliance, month, type, count(*), sum(participants), sum(synthetic) from event_facts
		where alliance is not null and month in ${m} group by alliance, month, type
		union all
		select '*', month, type, count(*), sum(participants), sum(synthetic) from event_facts
		where month in ${m} group by month, type`.execute(trx);
	await sql`insert into timeline_mask_rollup (scope, month, type, sector_mask, events, synthetic_events)
		select alliance, month, type, sector_mask, count(*), sum(synthetic) from event_facts
		where alliance is not null and sector_mask <> 0 and month in ${m}
		group by alliance, month, type, sector_mask
		union all
		select '*', month, type, sector_mask, count(*), sum(synthetic) from event_facts
		where sector_mask <> 0 and month in ${m} group by month, type, sector_mask`.execute(trx);
	await sql`insert into timeline_sector_rollup (scope, month, type, sector, participants)
		select f.alliance, f.month, f.type, s.sector, sum(s.participants)
		from event_sector_facts s join event_facts f on f.event_id = s.event_id
		where f.alliance is not null and f.month in ${m} group by f.alliance, f.month, f.type, s.sector
		union all
		select '*', f.month, f.type, s.sector, sum(s.participants)
		from event_sector_facts s join event_facts f on f.event_id = s.event_id
		where f.month in ${m} group by f.month, f.type, s.sector`.execute(trx);
}

async function refreshOrganisationYears(trx: Trx, organisationIds: number[]): Promise<void> {
	if (organisationIds.length === 0) return;
	await trx
		.deleteFrom('organisation_year_rollup')
		.where('organisation_id', 'in', organisationIds)
		.execute();
	const o = list(organisationIds);
	await sql`insert into organisation_year_rollup (scope, organisation_id, year, sector, events,
			participants, last_date)
		select alliance, organisation_id, substr(start_date, 1, 4), max(sector), count(*),
			sum(participants), max(start_date)
		from organisation_event_facts where alliance is not null and organisation_id in ${o}
		group by alliance, organisation_id, substr(start_date, 1, 4)
		union all
		select '*', organisation_id, substr(start_date, 1, 4), max(sector), count(*), sum(participants),
			max(start_date)
		from organisation_event_facts where organisation_id in ${o}
		group by organisation_id, substr(start_date, 1, 4)`.execute(trx);
}

async function insertMemberFacts(trx: Trx, membershipIds: number[]): Promise<void> {
	if (membershipIds.length === 0) return;
	const ids = list(membershipIds);
	await sql`insert into member_facts (membership_id, alliance, name, name_key, sector, joined_on,
			left_on, theme_mask, synthetic)
		select m.id, m.alliance, o.name, o.name_key, o.sector, m.joined_on, m.left_on,
			coalesce(t.mask, 0), case when m.synthetic = 1 or o.synthetic = 1 then 1 else 0 end
		from memberships m join organisations o on o.id = m.organisation_id
		left join (select membership_id, sum(${bitCase('theme', themeBits)}) as mask
			from membership_themes where membership_id in ${ids} group by membership_id) t
			on t.membership_id = m.id
		where m.id in ${ids}`.execute(trx);
}

/** After the write: recomputes every row `detachSummaries` removed or whose keys it remembered. */
export async function attachSummaries(trx: Trx, detached: Detached): Promise<void> {
	const { eventIds } = detached;
	if (eventIds.length > 0) await insertEventFacts(trx, list(eventIds));
	const months = unique([...detached.months, ...(await monthsOf(trx, eventIds))]);
	await refreshTimeline(trx, months);
	const organisations = unique([
		...detached.organisationIds,
		...(await organisationsOf(trx, eventIds))
	]);
	await refreshOrganisationYears(trx, organisations);
	await insertMemberFacts(trx, detached.membershipIds);
}
