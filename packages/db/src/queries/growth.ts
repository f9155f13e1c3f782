/** `membershipGrowth`: members per sector at the end of each month, with dated milestones. */
import type {
	DashboardFilter,
	IsoDate,
	ExactMembershipGrowth as MembershipGrowth
} from '@untoc-alliance/schema';
import { sql } from 'kysely';
import type { Database } from '../database.ts';
import { growthMilestones } from './growth-milestones.ts';
import { growthSeries, type MonthDelta } from './growth-series.ts';
import { memberMatch } from './member-filter.ts';

/** Joins (+n) and leaves (-n) per sector and month up to `end`, and synthetic joins since `from`. */
async function monthDeltas(db: Database, filter: DashboardFilter, end: IsoDate) {
	const since = filter.from === undefined ? '' : `${filter.from.slice(0, 7)}-01`;
	const base = db.kysely.selectFrom('member_facts').where(memberMatch(filter));
	const joinMonth = sql<string>`substr(member_facts.joined_on, 1, 7)`;
	const leaveMonth = sql<string>`substr(member_facts.left_on, 1, 7)`;
	const shownSynthetic = sql<number>`sum(case when member_facts.synthetic = 1 and
		(member_facts.left_on is null or member_facts.left_on >= ${since}) then 1 else 0 end)`;
	const rows = await base
		.where('member_facts.joined_on', '<=', end)
		.select((eb) => [
			'member_facts.sector',
			joinMonth.as('month'),
			eb.fn.countAll<number>().as('delta'),
			shownSynthetic.as('synthetic')
		])
		.groupBy(['member_facts.sector', joinMonth])
		.unionAll(
			base
				.where('member_facts.left_on', '<=', end)
				.select([
					'member_facts.sector',
					leaveMonth.as('month'),
					sql<number>`-count(*)`.as('delta'),
					sql<number>`0`.as('synthetic')
				])
				.groupBy(['member_facts.sector', leaveMonth])
		)
		.execute();
	return rows.map((r) => ({ ...r, delta: Number(r.delta), synthetic: Number(r.synthetic) }));
}

/**
 * Members matching the filter's alliance, sectors, regions and themes, counted per sector at the
 * end of every month from the first join (or `from`) to today (or `to`, when earlier); a member
 * who left on a day is no longer counted at the end of that day's month.
 */
export async function membershipGrowth(
	db: Database,
	filter: DashboardFilter,
	options: { today: IsoDate }
): Promise<MembershipGrowth> {
	const end = filter.to !== undefined && filter.to < options.today ? filter.to : options.today;
	const deltas: (MonthDelta & { synthetic: number })[] = await monthDeltas(db, filter, end);
	const series = growthSeries(deltas, { from: filter.from?.slice(0, 7), to: end.slice(0, 7) });
	const first = series.months[0]?.month;
	const milestones =
		first === undefined ? [] : await growthMilestones(db, { filter, from: first, to: end });
	return {
		...series,
		milestones,
		synthetic: deltas.some((d) => d.synthetic > 0),
		asOf: end
	};
}
