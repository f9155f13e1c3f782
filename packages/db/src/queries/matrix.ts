/** `sectorThemeMatrix`: members matching a filter, counted by sector and crime theme. */
import {
	themes,
	type DashboardFilter,
	type IsoDate,
	type ExactMatrixCell as MatrixCell,
	type Sector,
	type ExactSectorThemeMatrix as SectorThemeMatrix,
	type Theme
} from '@untoc-alliance/schema';
import { sql } from 'kysely';
import { maskOf, themeBits } from '../codes.ts';
import type { Database } from '../database.ts';
import { memberWhere } from './member-filter.ts';

/** Per sector: members, members with none of `shown`, synthetic members, and one count per theme. */
function sectorRows(db: Database, filter: DashboardFilter, options: { today: IsoDate }) {
	const shown = filter.themes ?? themes.codes;
	const perTheme = shown.map((theme) =>
		sql<number>`sum(case when (theme_mask & ${sql.lit(themeBits[theme])}) <> 0 then 1 else 0 end)`.as(
			theme
		)
	);
	const none = sql<number>`sum(case when (theme_mask & ${sql.lit(maskOf(themeBits, shown))}) = 0
		then 1 else 0 end)`;
	return db.kysely
		.selectFrom('member_facts')
		.where(memberWhere(filter, options.today))
		.select((eb) => [
			'sector',
			eb.fn.countAll<number>().as('members'),
			none.as('unthemed'),
			eb.fn.sum<number>('synthetic').as('synthetic'),
			...perTheme
		])
		.groupBy('sector')
		.execute();
}

function byTotalThenCode<TKey extends string>(key: TKey) {
	return (
		a: Record<TKey, string> & { total: number },
		b: Record<TKey, string> & { total: number }
	) => b.total - a.total || a[key].localeCompare(b[key]);
}

/**
 * Sector × theme counts of the members matching the filter (current ones, or with a period those
 * overlapping it); a member with two themes counts in both cells, zero cells are left out.
 */
export async function sectorThemeMatrix(
	db: Database,
	filter: DashboardFilter,
	options: { today: IsoDate }
): Promise<SectorThemeMatrix> {
	const rows = await sectorRows(db, filter, options);
	const shown: readonly Theme[] = filter.themes ?? themes.codes;
	const sectorTotals = rows
		.map((r) => ({ sector: r.sector as Sector, total: Number(r.members) - Number(r.unthemed) }))
		.filter((r) => r.total > 0)
		.sort(byTotalThenCode('sector'));
	const columns = shown
		.map((theme) => ({ theme, total: rows.reduce((n, r) => n + Number(r[theme]), 0) }))
		.filter((c) => c.total > 0)
		.sort(byTotalThenCode('theme'));
	const cells: MatrixCell[] = sectorTotals.flatMap(({ sector }) => {
		const row = rows.find((r) => r.sector === sector);
		return columns
			.map(({ theme }) => ({ sector, theme, count: Number(row?.[theme] ?? 0) }))
			.filter((c) => c.count > 0);
	});
	return {
		cells,
		rows: sectorTotals,
		columns,
		total: sectorTotals.reduce((n, r) => n + r.total, 0),
		withoutTheme: rows.reduce((n, r) => n + Number(r.unthemed), 0),
		synthetic: rows.some((r) => Number(r.synthetic) > 0),
		asOf: options.today
	};
}
