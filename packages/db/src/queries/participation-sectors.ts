/**
 * Participants per month and sector for `engagement.participation`: whole months from
 * timeline_sector_rollup, partial edge months and region/theme filters from the event facts.
 */
import type { DashboardFilter } from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { splitPeriod, type Range } from './period-split.ts';
import { sectorMonthRows, type CodeMonthRow } from './participation-rows.ts';

async function rollupRows(db: Database, filter: DashboardFilter, months: Range) {
	let query = db.kysely
		.selectFrom('timeline_sector_rollup')
		.select((eb) => ['month', 'sector as code', eb.fn.sum<number>('participants').as('n')])
		.where('scope', '=', filter.alliance ?? '*')
		.groupBy(['month', 'sector']);
	if (months.from !== undefined) query = query.where('month', '>=', months.from);
	if (months.to !== undefined) query = query.where('month', '<=', months.to);
	if (filter.sectors !== undefined) query = query.where('sector', 'in', filter.sectors);
	const rows = await query.execute();
	return rows.map((r) => ({ month: r.month, code: r.code, participants: Number(r.n) }));
}

/**
 * A filtered sector's participants all belong to events that sector took part in, so the
 * per-sector rollup answers the sector filter exactly for whole months.
 */
export async function sectorRows(db: Database, filter: DashboardFilter): Promise<CodeMonthRow[]> {
	if (filter.regions !== undefined || filter.themes !== undefined)
		return sectorMonthRows(db, filter);
	const split = splitPeriod({ from: filter.from, to: filter.to });
	const parts = split.days.map((days) => sectorMonthRows(db, { ...filter, ...days }));
	if (split.months !== null) parts.push(rollupRows(db, filter, split.months));
	return (await Promise.all(parts)).flat();
}
