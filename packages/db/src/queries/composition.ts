/** `allianceComposition`: the members matching a filter, counted by sector, region and theme. */
import {
	themes,
	type ExactComposition as Composition,
	type DashboardFilter,
	type IsoDate,
	type RegionCode,
	type Sector
} from '@untoc-alliance/schema';
import { sql } from 'kysely';
import { themeBits } from '../codes.ts';
import type { Database } from '../database.ts';
import { memberWhere } from './member-filter.ts';

interface Counted<TCode> {
	code: TCode;
	count: number;
}

function byCountThenCode<TCode extends string>(a: Counted<TCode>, b: Counted<TCode>): number {
	return b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function sectorRows(db: Database, filter: DashboardFilter, today: IsoDate) {
	const themeCounts = themes.codes.map((theme) =>
		sql<number>`sum(case when (theme_mask & ${sql.lit(themeBits[theme])}) <> 0 then 1 else 0 end)`.as(
			theme
		)
	);
	return db.kysely
		.selectFrom('member_facts')
		.where(memberWhere(filter, today))
		.select((eb) => [
			'sector',
			eb.fn.countAll<number>().as('members'),
			eb.fn.sum<number>('synthetic').as('synthetic'),
			...themeCounts
		])
		.groupBy('sector')
		.execute();
}

function regionRows(db: Database, filter: DashboardFilter, today: IsoDate) {
	let query = db.kysely
		.selectFrom('membership_regions')
		.innerJoin('member_facts', 'member_facts.membership_id', 'membership_regions.membership_id')
		.where(memberWhere(filter, today))
		.select((eb) => ['membership_regions.region', eb.fn.countAll<number>().as('members')])
		.groupBy('membership_regions.region');
	if (filter.regions !== undefined)
		query = query.where('membership_regions.region', 'in', filter.regions);
	return query.execute();
}

/** Counts current (or, with a period, overlapping) members matching every given filter field. */
export async function allianceComposition(
	db: Database,
	filter: DashboardFilter,
	options: { today: IsoDate }
): Promise<Composition> {
	const [sectors, regions] = await Promise.all([
		sectorRows(db, filter, options.today),
		regionRows(db, filter, options.today)
	]);
	const wantedThemes = filter.themes ?? themes.codes;
	const byTheme = wantedThemes
		.map((code) => ({ code, count: sectors.reduce((n, row) => n + Number(row[code]), 0) }))
		.filter((t) => t.count > 0)
		.sort(byCountThenCode);
	return {
		total: sectors.reduce((n, row) => n + Number(row.members), 0),
		bySector: sectors
			.map((row) => ({ code: row.sector as Sector, count: Number(row.members) }))
			.sort(byCountThenCode)
			.map((s) => ({ sector: s.code, count: s.count })),
		byRegion: regions
			.map((row) => ({ code: row.region as RegionCode, count: Number(row.members) }))
			.sort(byCountThenCode)
			.map((r) => ({ region: r.code, count: r.count })),
		byTheme: byTheme.map((t) => ({ theme: t.code, count: t.count })),
		synthetic: sectors.some((row) => Number(row.synthetic) > 0),
		asOf: options.today
	};
}
