/** Direct SQL counts the router tests compare the API's numbers with. */
import type { Database } from '@untoc-alliance/db';
import { testToday } from './test-context.ts';

/** Fields of a membership count: the alliance and at most one sector, region and theme. */
export interface CountFilter {
	alliance: string;
	sector?: string;
	region?: string;
	theme?: string;
	/** A period: memberships overlapping it count; without one, those current on today. */
	from?: string;
	to?: string;
}

function activeIn(f: CountFilter) {
	const from = f.from ?? (f.to === undefined ? testToday : undefined);
	const to = f.to ?? (f.from === undefined ? testToday : undefined);
	const leftAfter = f.from === undefined && f.to === undefined ? '>' : '>=';
	return { from, to, leftAfter } as const;
}

/** Distinct organisations with a membership matching `f`, current on today or overlapping the period. */
export async function countMembers(db: Database, f: CountFilter): Promise<number> {
	const { from, to, leftAfter } = activeIn(f);
	let query = db.kysely
		.selectFrom('memberships as m')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.where('m.alliance', '=', f.alliance);
	if (to !== undefined) query = query.where('m.joined_on', '<=', to);
	if (from !== undefined) {
		query = query.where((eb) =>
			eb.or([eb('m.left_on', 'is', null), eb('m.left_on', leftAfter, from)])
		);
	}
	if (f.sector !== undefined) query = query.where('o.sector', '=', f.sector);
	const { region, theme } = f;
	if (region !== undefined) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('membership_regions as r')
					.select('r.membership_id')
					.whereRef('r.membership_id', '=', 'm.id')
					.where('r.region', '=', region)
			)
		);
	}
	if (theme !== undefined) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('membership_themes as t')
					.select('t.membership_id')
					.whereRef('t.membership_id', '=', 'm.id')
					.where('t.theme', '=', theme)
			)
		);
	}
	const row = await query
		.select((eb) => eb.fn.count<number>('m.organisation_id').distinct().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
