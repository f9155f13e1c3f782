/** Direct counts over the raw participations that the participation router tests compare with. */
import type { Database } from '@untoc-alliance/db';

/** The filter fields the direct counts understand: at most one of each code. */
export interface DirectFilter {
	alliance?: string;
	sector?: string;
	region?: string;
	theme?: string;
	from?: string;
	to?: string;
}

/** Participations joined to their raw events, restricted to the events matching the filter. */
function matching(db: Database, f: DirectFilter) {
	const { sector, theme } = f;
	let query = db.kysely
		.selectFrom('participations as p')
		.innerJoin('events as e', 'e.id', 'p.event_id');
	if (f.alliance !== undefined) query = query.where('e.alliance', '=', f.alliance);
	if (f.from !== undefined) query = query.where('e.start_date', '>=', f.from);
	if (f.to !== undefined) query = query.where('e.start_date', '<=', f.to);
	if (f.region !== undefined) query = query.where('e.region', '=', f.region);
	if (theme !== undefined)
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('event_themes as t')
					.select('t.event_id')
					.whereRef('t.event_id', '=', 'e.id')
					.where('t.theme', '=', theme)
			)
		);
	if (sector !== undefined)
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('participations as q')
					.select('q.id')
					.whereRef('q.event_id', '=', 'e.id')
					.where('q.sector', '=', sector)
			)
		);
	return query;
}

/** Participants of the matching events per side (civil society: the filtered sector only). */
export async function directBySide(db: Database, f: DirectFilter): Promise<Record<string, number>> {
	const { sector } = f;
	let query = matching(db, f)
		.select((eb) => ['p.side as code', eb.fn.sum<number>('p.participants').as('n')])
		.groupBy('p.side');
	if (sector !== undefined)
		query = query.where((eb) =>
			eb.or([eb('p.side', '<>', 'civil_society'), eb('p.sector', '=', sector)])
		);
	const rows = await query.execute();
	return Object.fromEntries(rows.map((r) => [r.code, Number(r.n)]));
}

/** Participants of the matching events per sector (only the filtered one, if any). */
export async function directBySector(
	db: Database,
	f: DirectFilter
): Promise<Record<string, number>> {
	let query = matching(db, f)
		.select((eb) => ['p.sector as code', eb.fn.sum<number>('p.participants').as('n')])
		.where('p.sector', 'is not', null)
		.groupBy('p.sector');
	if (f.sector !== undefined) query = query.where('p.sector', '=', f.sector);
	const rows = await query.execute();
	return Object.fromEntries(rows.map((r) => [String(r.code), Number(r.n)]));
}

/** Matching events that have participations, and those with all three sides among them. */
export async function directTrilateral(
	db: Database,
	f: DirectFilter
): Promise<{ events: number; trilateral: number }> {
	const rows = await matching(db, f)
		.select(['p.event_id', 'p.side'])
		.groupBy(['p.event_id', 'p.side'])
		.execute();
	const sides = new Map<number, number>();
	for (const r of rows) sides.set(r.event_id, (sides.get(r.event_id) ?? 0) + 1);
	const trilateral = [...sides.values()].filter((n) => n === 3).length;
	return { events: sides.size, trilateral };
}
