/** The milestones of a growth chart: pilot launches of the alliances shown and COP sessions. */
import {
	milestoneList,
	type DashboardFilter,
	type IsoDate,
	type Milestone
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { memberMatch } from './member-filter.ts';

/** Launches of the alliances with a matching member who joined by `to`. */
async function pilotLaunches(db: Database, filter: DashboardFilter, to: IsoDate) {
	const rows = await db.kysely
		.selectFrom('alliances')
		.select(['code', 'launched_on', 'source_url', 'verified'])
		.where('launched_on', 'is not', null)
		.where(
			'code',
			'in',
			db.kysely
				.selectFrom('member_facts')
				.select('member_facts.alliance')
				.where(memberMatch(filter))
				.where('member_facts.joined_on', '<=', to)
		)
		.execute();
	return rows.map((r): Milestone => ({
		date: r.launched_on ?? '',
		label: `Pilot initiative launched (${r.code})`,
		kind: 'pilot_launch',
		alliance: r.code,
		sourceUrl: r.source_url,
		verified: r.verified === 1
	}));
}

/** Milestones dated from `from` to `to` (inclusive), by date then alliance. */
export async function growthMilestones(
	db: Database,
	options: { filter: DashboardFilter; from: IsoDate; to: IsoDate }
): Promise<Milestone[]> {
	const { filter, from, to } = options;
	const all = [...(await pilotLaunches(db, filter, to)), ...milestoneList];
	return all
		.filter((m) => m.date >= from && m.date <= to)
		.sort(
			(a, b) => a.date.localeCompare(b.date) || (a.alliance ?? '').localeCompare(b.alliance ?? '')
		);
}
