/**
 * Events and people per organisation in a period, for the organisation rankings: whole years from
 * `organisation_year_rollup`, partial edge years from `organisation_event_facts` (never the
 * participations).
 */
import type { Sector } from '@untoc-alliance/schema';
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import type { Range } from './period-split.ts';
import { splitYears } from './year-split.ts';

/** Events an organisation took part in and the people it sent to them. */
export interface OrganisationCount {
	events: number;
	participants: number;
}

/** Which organisation rows count. */
export interface CountScope {
	/** Events of this alliance, or `*` for every event (global ones included). */
	scope: string;
	period: Range;
	sectors?: readonly Sector[] | undefined;
	/** Only these organisations (a subquery selecting organisation ids). */
	organisations?: SelectQueryBuilder<Tables, never, { organisation_id: number }> | undefined;
}

async function yearRows(db: Database, at: CountScope, years: Range) {
	let query = db.kysely
		.selectFrom('organisation_year_rollup as y')
		.select((eb) => [
			'y.organisation_id',
			eb.fn.sum<number>('y.events').as('events'),
			eb.fn.sum<number>('y.participants').as('participants')
		])
		.where('y.scope', '=', at.scope)
		.groupBy('y.organisation_id');
	if (years.from !== undefined) query = query.where('y.year', '>=', years.from);
	if (years.to !== undefined) query = query.where('y.year', '<=', years.to);
	if (at.sectors !== undefined) query = query.where('y.sector', 'in', at.sectors);
	if (at.organisations !== undefined)
		query = query.where('y.organisation_id', 'in', at.organisations);
	return query.execute();
}

/** Events and people per organisation on the days of `days`, from the organisation event facts. */
export async function dayRows(db: Database, at: CountScope, days: Range) {
	let query = db.kysely
		.selectFrom('organisation_event_facts as o')
		.select((eb) => [
			'o.organisation_id',
			eb.fn.countAll<number>().as('events'),
			eb.fn.sum<number>('o.participants').as('participants')
		])
		.groupBy('o.organisation_id');
	if (at.scope !== '*') query = query.where('o.alliance', '=', at.scope);
	if (days.from !== undefined) query = query.where('o.start_date', '>=', days.from);
	if (days.to !== undefined) query = query.where('o.start_date', '<=', days.to);
	if (at.sectors !== undefined) query = query.where('o.sector', 'in', at.sectors);
	if (at.organisations !== undefined)
		query = query.where('o.organisation_id', 'in', at.organisations);
	return query.execute();
}

/** Events and people per organisation with at least one event in the scope and period. */
export async function organisationCounts(
	db: Database,
	at: CountScope
): Promise<Map<number, OrganisationCount>> {
	const split = splitYears(at.period);
	const parts = split.days.map((days) => dayRows(db, at, days));
	if (split.years !== null) parts.push(yearRows(db, at, split.years));
	const counts = new Map<number, OrganisationCount>();
	for (const rows of await Promise.all(parts))
		for (const r of rows) {
			const c = counts.get(r.organisation_id) ?? { events: 0, participants: 0 };
			c.events += Number(r.events);
			c.participants += Number(r.participants);
			if (c.events > 0) counts.set(r.organisation_id, c);
		}
	return counts;
}
