/**
 * Month rows of the timeline from the summary tables: whole months from the rollups (per scope,
 * where scope is the alliance or `*`), partial months and region/theme filters from event facts.
 */
import type { DashboardFilter } from '@untoc-alliance/schema';
import type { ExpressionBuilder } from 'kysely';
import { maskOf, sectorBits, sharesBits, themeBits } from '../codes.ts';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import type { MonthRow } from './buckets.ts';
import { splitPeriod, type Range } from './period-split.ts';

function num(value: unknown): number {
	return Number(value ?? 0);
}

function toRow(r: {
	month: string;
	type: string;
	events: unknown;
	participants: unknown;
	synthetic: unknown;
}): MonthRow {
	return {
		month: r.month,
		type: r.type,
		events: num(r.events),
		participants: num(r.participants),
		synthetic: num(r.synthetic)
	};
}

async function rollupAll(db: Database, scope: string, months: Range): Promise<MonthRow[]> {
	let query = db.kysely
		.selectFrom('timeline_rollup')
		.select(['month', 'type', 'events', 'participants', 'synthetic_events as synthetic'])
		.where('scope', '=', scope);
	if (months.from !== undefined) query = query.where('month', '>=', months.from);
	if (months.to !== undefined) query = query.where('month', '<=', months.to);
	return (await query.execute()).map(toRow);
}

async function rollupSectors(
	db: Database,
	at: { scope: string; months: Range },
	sectors: NonNullable<DashboardFilter['sectors']>
): Promise<MonthRow[]> {
	const { scope, months } = at;
	let events = db.kysely
		.selectFrom('timeline_mask_rollup')
		.select((eb) => [
			'month',
			'type',
			eb.fn.sum<number>('events').as('events'),
			eb.fn.sum<number>('synthetic_events').as('synthetic')
		])
		.where('scope', '=', scope)
		.where(sharesBits('sector_mask', maskOf(sectorBits, sectors)))
		.groupBy(['month', 'type']);
	let people = db.kysely
		.selectFrom('timeline_sector_rollup')
		.select((eb) => ['month', 'type', eb.fn.sum<number>('participants').as('participants')])
		.where('scope', '=', scope)
		.where('sector', 'in', sectors)
		.groupBy(['month', 'type']);
	if (months.from !== undefined) {
		events = events.where('month', '>=', months.from);
		people = people.where('month', '>=', months.from);
	}
	if (months.to !== undefined) {
		events = events.where('month', '<=', months.to);
		people = people.where('month', '<=', months.to);
	}
	const [eventRows, peopleRows] = await Promise.all([events.execute(), people.execute()]);
	const participants = new Map(
		peopleRows.map((r) => [`${r.month}|${r.type}`, num(r.participants)])
	);
	return eventRows.map((r) =>
		toRow({ ...r, participants: participants.get(`${r.month}|${r.type}`) })
	);
}

function sectorParticipants(
	eb: ExpressionBuilder<Tables, 'event_facts'>,
	sectors: readonly string[]
) {
	return eb.fn.coalesce(
		eb
			.selectFrom('event_sector_facts')
			.select((sb) => sb.fn.sum<number>('event_sector_facts.participants').as('n'))
			.whereRef('event_sector_facts.event_id', '=', 'event_facts.event_id')
			.where('event_sector_facts.sector', 'in', sectors),
		eb.lit(0)
	);
}

async function factRows(db: Database, filter: DashboardFilter, days: Range): Promise<MonthRow[]> {
	const { sectors, regions, themes } = filter;
	let query = db.kysely
		.selectFrom('event_facts')
		.select((eb) => [
			'event_facts.month',
			'event_facts.type',
			eb.fn.countAll<number>().as('events'),
			eb.fn
				.sum<number>(sectors ? sectorParticipants(eb, sectors) : 'event_facts.participants')
				.as('participants'),
			eb.fn.sum<number>('event_facts.synthetic').as('synthetic')
		])
		.groupBy(['event_facts.month', 'event_facts.type']);
	if (filter.alliance !== undefined)
		query = query.where('event_facts.alliance', '=', filter.alliance);
	if (days.from !== undefined) query = query.where('event_facts.start_date', '>=', days.from);
	if (days.to !== undefined) query = query.where('event_facts.start_date', '<=', days.to);
	if (regions !== undefined) query = query.where('event_facts.region', 'in', regions);
	if (themes !== undefined)
		query = query.where(sharesBits('event_facts.theme_mask', maskOf(themeBits, themes)));
	if (sectors !== undefined)
		query = query.where(sharesBits('event_facts.sector_mask', maskOf(sectorBits, sectors)));
	return (await query.execute()).map(toRow);
}

/** Month rows of the events matching the filter, read from summary tables only. */
export async function timelineRows(db: Database, filter: DashboardFilter): Promise<MonthRow[]> {
	const period = { from: filter.from, to: filter.to };
	if (filter.regions !== undefined || filter.themes !== undefined)
		return factRows(db, filter, period);
	const split = splitPeriod(period);
	const scope = filter.alliance ?? '*';
	const parts = split.days.map((days) => factRows(db, filter, days));
	if (split.months !== null) {
		const months = split.months;
		parts.push(
			filter.sectors
				? rollupSectors(db, { scope, months }, filter.sectors)
				: rollupAll(db, scope, months)
		);
	}
	return (await Promise.all(parts)).flat();
}
