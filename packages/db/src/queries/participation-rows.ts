/**
 * Month rows of `engagement.participation`, read from event_facts, event_sector_facts and
 * event_side_facts only (never from the participations).
 */
import type { DashboardFilter } from '@untoc-alliance/schema';
import { sql } from 'kysely';
import type { Database } from '../database.ts';
import { eventFilter } from './event-filter.ts';

/** Events of one month and type, with how many of them had all three sides. */
export interface TypeMonthRow {
	month: string;
	type: string;
	events: number;
	trilateral: number;
	synthetic: number;
}

/** Participants of one month and code (a sector or a side). */
export interface CodeMonthRow {
	month: string;
	code: string;
	participants: number;
}

/** Events per month and type, and those with a row for each of the three sides. */
export async function typeMonthRows(
	db: Database,
	filter: DashboardFilter
): Promise<TypeMonthRow[]> {
	const sides = sql<number>`(select count(*) from event_side_facts s
		where s.event_id = event_facts.event_id)`;
	const rows = await db.kysely
		.selectFrom('event_facts')
		.where(eventFilter(filter))
		.select((eb) => [
			'event_facts.month',
			'event_facts.type',
			eb.fn.countAll<number>().as('events'),
			eb.fn.sum<number>(sql`case when ${sides} = 3 then 1 else 0 end`).as('trilateral'),
			eb.fn.sum<number>('event_facts.synthetic').as('synthetic')
		])
		.groupBy(['event_facts.month', 'event_facts.type'])
		.execute();
	return rows.map((r) => ({
		month: r.month,
		type: r.type,
		events: Number(r.events),
		trilateral: Number(r.trilateral),
		synthetic: Number(r.synthetic)
	}));
}

/** Participants per month and sector; only the filtered sectors with a sector filter. */
export async function sectorMonthRows(
	db: Database,
	filter: DashboardFilter
): Promise<CodeMonthRow[]> {
	let query = db.kysely
		.selectFrom('event_facts')
		.innerJoin('event_sector_facts as s', 's.event_id', 'event_facts.event_id')
		.where(eventFilter(filter))
		.select((eb) => [
			'event_facts.month',
			's.sector as code',
			eb.fn.sum<number>('s.participants').as('participants')
		])
		.groupBy(['event_facts.month', 's.sector']);
	if (filter.sectors !== undefined) query = query.where('s.sector', 'in', filter.sectors);
	const rows = await query.execute();
	return rows.map((r) => ({ month: r.month, code: r.code, participants: Number(r.participants) }));
}

/** Participants per month and side, every side counted in full. */
export async function sideMonthRows(
	db: Database,
	filter: DashboardFilter
): Promise<CodeMonthRow[]> {
	const rows = await db.kysely
		.selectFrom('event_facts')
		.innerJoin('event_side_facts as s', 's.event_id', 'event_facts.event_id')
		.where(eventFilter(filter))
		.select((eb) => [
			'event_facts.month',
			's.side as code',
			eb.fn.sum<number>('s.participants').as('participants')
		])
		.groupBy(['event_facts.month', 's.side'])
		.execute();
	return rows.map((r) => ({ month: r.month, code: r.code, participants: Number(r.participants) }));
}
