/**
 * `engagementMilestones`: the dated annotations of the engagement time axes. Pilot launches of the
 * alliances shown and COP sessions (as on the growth chart, `growthMilestones`), and the
 * constructive dialogues: events of that type in the period, global or of the filtered alliance.
 */
import type { DashboardFilter, EngagementMilestones, Milestone } from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { growthMilestones } from './growth-milestones.ts';
import { compareCodes, compareText } from './collate.ts';

/** Milestones returned at most (the contract's cap). */
export const milestoneCap = 200;

/** Longest axis label; longer titles are cut at a word and end with an ellipsis. */
export const labelLength = 60;

/** A short label for the time axis from an event title. */
export function shortLabel(title: string): string {
	const text = title.trim().replace(/\s+/g, ' ');
	if (text.length <= labelLength) return text;
	const cut = text.slice(0, labelLength - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > labelLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Constructive dialogues from `from` to `to`: the global ones (held at the UNTOC bodies, like the
 * COP sessions they are drawn beside) and those of the filter's alliance, or all without an
 * alliance filter. Verified first, then the latest, at most `cap` of them.
 */
async function dialogues(db: Database, filter: DashboardFilter, cap: number): Promise<Milestone[]> {
	if (cap <= 0) return [];
	let query = db.kysely
		.selectFrom('events as e')
		.select(['e.start_date', 'e.title', 'e.alliance', 'e.source_url', 'e.verified'])
		.where('e.type', '=', 'constructive_dialogue');
	const { alliance } = filter;
	if (alliance !== undefined)
		query = query.where((eb) =>
			eb.or([eb('e.alliance', 'is', null), eb('e.alliance', '=', alliance)])
		);
	if (filter.from !== undefined) query = query.where('e.start_date', '>=', filter.from);
	if (filter.to !== undefined) query = query.where('e.start_date', '<=', filter.to);
	const rows = await query
		.orderBy('e.verified', 'desc')
		.orderBy('e.start_date', 'desc')
		.orderBy('e.id', 'desc')
		.limit(cap)
		.execute();
	return rows.map((r) => ({
		date: r.start_date,
		label: shortLabel(r.title),
		kind: 'constructive_dialogue',
		alliance: r.alliance,
		sourceUrl: r.source_url,
		verified: r.verified === 1
	}));
}

/** Pilot launches, COP sessions and constructive dialogues within the period when given, by date. */
export async function engagementMilestones(
	db: Database,
	filter: DashboardFilter
): Promise<EngagementMilestones> {
	const fixed = await growthMilestones(db, {
		filter,
		from: filter.from ?? '0001-01-01',
		to: filter.to ?? '9999-12-31'
	});
	const kept = fixed.slice(0, milestoneCap);
	const all = [...kept, ...(await dialogues(db, filter, milestoneCap - kept.length))];
	const kinds = ['pilot_launch', 'cop_session', 'constructive_dialogue'];
	return {
		milestones: all.sort(
			(a, b) =>
				compareCodes(a.date, b.date) ||
				kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
				compareCodes(a.alliance, b.alliance) ||
				compareText(a.label, b.label)
		)
	};
}
