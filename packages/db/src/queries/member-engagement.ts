/**
 * `engagementMembers`: the current members that match the filter ranked by the events their
 * organisations took part in during the period, and those with no event in the twelve months up
 * to the as-of date. Read from `member_facts` and `organisation_event_facts` only.
 */
import type {
	DashboardFilter,
	ExactEngagementMembers as EngagementMembers,
	EngagementMembersInput,
	IsoDate,
	MemberEngagement,
	Sector
} from '@untoc-alliance/schema';
import { addMonths } from '@untoc-alliance/schema';
import type * as z from 'zod';
import { sql } from 'kysely';
import type { Database } from '../database.ts';
import { memberMatch } from './member-filter.ts';
import { dayRows } from './organisation-counts.ts';
import type { Range } from './period-split.ts';
import { splitYears } from './year-split.ts';
import { compareCodes, compareText } from './collate.ts';

type Input = z.output<typeof EngagementMembersInput>;

/** Inactive members listed at most (the contract's cap); `total` counts all of them. */
export const inactiveCap = 100;

/** The day membership and inactivity are judged on (today, or `to` when earlier) and a year before. */
export function engagementWindow(
	filter: Pick<DashboardFilter, 'to'>,
	today: IsoDate
): { since: IsoDate; asOf: IsoDate } {
	const asOf = filter.to !== undefined && filter.to < today ? filter.to : today;
	return { asOf, since: addMonths(asOf, -12) };
}

interface Member extends MemberEngagement {
	synthetic: boolean;
}

/** Memberships current on `asOf` that match the filter's alliance, sectors, themes and regions. */
function currentMembers(db: Database, filter: DashboardFilter, asOf: IsoDate) {
	return db.kysely
		.selectFrom('member_facts')
		.innerJoin('memberships as m', 'm.id', 'member_facts.membership_id')
		.where(memberMatch(filter))
		.where('member_facts.joined_on', '<=', asOf)
		.where((eb) =>
			eb.or([eb('member_facts.left_on', 'is', null), eb('member_facts.left_on', '>', asOf)])
		);
}

interface Activity {
	events: number;
	participants: number;
	last: string | null;
}

/** `year` within the whole years of the period, as SQL. */
function inYears(years: Range | null) {
	if (years === null) return sql<boolean>`1 = 0`;
	const terms = [sql`1 = 1`];
	if (years.from !== undefined) terms.push(sql`y.year >= ${years.from}`);
	if (years.to !== undefined) terms.push(sql`y.year <= ${years.to}`);
	return sql<boolean>`${sql.join(terms, sql` and `)}`;
}

/**
 * Per organisation of a current member: events and people in the period (whole years from the
 * year rollup, edge days from the facts) and its latest event up to `asOf` (from the rollup's
 * latest date per year; a seek in the facts only when that year also has later events).
 */
async function activity(db: Database, input: Input, asOf: IsoDate): Promise<Map<number, Activity>> {
	const split = splitYears({ from: input.from, to: input.to });
	// Without a member-side filter nearly every organisation is a member: read them all rather
	// than seek each one (rows of non-members are ignored by the caller).
	const everyone =
		input.alliance === undefined &&
		input.sectors === undefined &&
		input.regions === undefined &&
		input.themes === undefined;
	const organisations = everyone
		? undefined
		: currentMembers(db, input, asOf).select('m.organisation_id');
	const year = asOf.slice(0, 4);
	const inPeriod = inYears(split.years);
	let yearQuery = db.kysely
		.selectFrom('organisation_year_rollup as y')
		.where('y.scope', '=', '*')
		.select((eb) => [
			'y.organisation_id',
			eb.fn.sum<number>(sql`case when ${inPeriod} then y.events else 0 end`).as('events'),
			eb.fn
				.sum<number>(sql`case when ${inPeriod} then y.participants else 0 end`)
				.as('participants'),
			eb.fn.max<string | null>(sql`case when y.year < ${year} then y.last_date end`).as('before'),
			eb.fn.max<string | null>(sql`case when y.year = ${year} then y.last_date end`).as('same')
		])
		.groupBy('y.organisation_id');
	if (organisations !== undefined)
		yearQuery = yearQuery.where('y.organisation_id', 'in', organisations);
	const [years, ...edges] = await Promise.all([
		yearQuery.execute(),
		...split.days.map((days) => dayRows(db, { scope: '*', period: days, organisations }, days))
	]);
	const out = new Map<number, Activity>();
	const later: number[] = [];
	for (const r of years) {
		const same = r.same !== null && r.same <= asOf ? r.same : null;
		if (r.same !== null && r.same > asOf) later.push(r.organisation_id);
		out.set(r.organisation_id, {
			events: Number(r.events),
			participants: Number(r.participants),
			last: same ?? r.before
		});
	}
	for (const rows of edges)
		for (const r of rows) {
			const a = out.get(r.organisation_id);
			if (!a) continue;
			a.events += Number(r.events);
			a.participants += Number(r.participants);
		}
	if (later.length > 0) {
		const seeks = await db.kysely
			.selectFrom('organisation_event_facts as o')
			.where('o.organisation_id', 'in', later)
			.where('o.start_date', '<=', asOf)
			.select((eb) => ['o.organisation_id', eb.fn.max('o.start_date').as('last')])
			.groupBy('o.organisation_id')
			.execute();
		const found = new Map(seeks.map((r) => [r.organisation_id, r.last]));
		for (const id of later) {
			const a = out.get(id);
			if (a) a.last = found.get(id) ?? null;
		}
	}
	return out;
}

function byName(a: Member, b: Member): number {
	return compareText(a.name, b.name) || a.id - b.id;
}

function listed(m: Member): MemberEngagement {
	const { synthetic: _synthetic, ...row } = m;
	return row;
}

/** Ranks the current members matching the filter by their organisations' events in the period. */
export async function engagementMembers(
	db: Database,
	input: Input,
	options: { today: IsoDate }
): Promise<EngagementMembers> {
	const { asOf, since } = engagementWindow(input, options.today);
	const [rows, counts] = await Promise.all([
		currentMembers(db, input, asOf)
			.select([
				'member_facts.membership_id',
				'm.organisation_id',
				'member_facts.name',
				'member_facts.sector',
				'member_facts.synthetic'
			])
			.execute(),
		activity(db, input, asOf)
	]);
	const members: Member[] = rows.map((r) => {
		const c = counts.get(r.organisation_id);
		return {
			id: r.membership_id,
			name: r.name,
			sector: r.sector as Sector,
			events: c?.events ?? 0,
			participants: c?.participants ?? 0,
			lastEvent: c?.last ?? null,
			synthetic: r.synthetic === 1
		};
	});
	const most = [...members]
		.sort((a, b) => b.events - a.events || b.participants - a.participants || byName(a, b))
		.slice(0, input.limit);
	const least = [...members]
		.sort((a, b) => a.events - b.events || byName(a, b))
		.slice(0, input.limit);
	const inactive = members
		.filter((m) => m.lastEvent === null || m.lastEvent <= since)
		.sort((a, b) => compareCodes(a.lastEvent, b.lastEvent) || byName(a, b));
	const inactiveRows = inactive.slice(0, inactiveCap);
	return {
		members: members.length,
		most: most.map(listed),
		least: least.map(listed),
		inactive: { total: inactive.length, rows: inactiveRows.map(listed) },
		since,
		asOf,
		synthetic: [...most, ...least, ...inactiveRows].some((m) => m.synthetic)
	};
}
