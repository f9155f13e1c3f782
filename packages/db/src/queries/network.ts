/**
 * `engagementNetwork`: who works with whom. The civil-society organisations with the most
 * matching events and, between them, links weighted by the events both took part in. Read from
 * `organisation_event_facts` (one row per organisation and event), never from participations.
 */
import type {
	DashboardFilter,
	ExactEngagementNetwork as EngagementNetwork,
	EngagementNetworkInput,
	IsoDate,
	NetworkLink,
	NetworkNode,
	Sector
} from '@untoc-alliance/schema';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type * as z from 'zod';
import { maskOf, sharesBits, themeBits } from '../codes.ts';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { eventFilter } from './event-filter.ts';
import { organisationCounts } from './organisation-counts.ts';
import { compareCodes, compareText } from './collate.ts';

type Input = z.output<typeof EngagementNetworkInput>;
type Facts = ExpressionBuilder<Tables, 'organisation_event_facts'>;

/**
 * Rows of organisations at matching events: the event filter of the other engagement queries
 * (alliance, period, region, themes) and, with a sector filter, organisations of those sectors
 * (each of their events then has a participant of a filtered sector, as `eventFilter` asks).
 */
export function organisationEventFilter(filter: DashboardFilter) {
	return (eb: Facts): Expression<SqlBool> => {
		const { alliance, from, to, regions, themes, sectors } = filter;
		const terms: Expression<SqlBool>[] = [];
		if (alliance !== undefined) terms.push(eb('organisation_event_facts.alliance', '=', alliance));
		if (from !== undefined) terms.push(eb('organisation_event_facts.start_date', '>=', from));
		if (to !== undefined) terms.push(eb('organisation_event_facts.start_date', '<=', to));
		if (regions !== undefined) terms.push(eb('organisation_event_facts.region', 'in', regions));
		if (themes !== undefined)
			terms.push(sharesBits('organisation_event_facts.theme_mask', maskOf(themeBits, themes)));
		if (sectors !== undefined) terms.push(eb('organisation_event_facts.sector', 'in', sectors));
		return eb.and(terms);
	};
}

/** Matching events per organisation: from the year rollup unless regions or themes are filtered. */
async function eventCounts(db: Database, filter: DashboardFilter) {
	if (filter.regions === undefined && filter.themes === undefined) {
		const counts = await organisationCounts(db, {
			scope: filter.alliance ?? '*',
			period: { from: filter.from, to: filter.to },
			sectors: filter.sectors
		});
		return [...counts.entries()].map(([id, c]) => ({ id, events: c.events }));
	}
	const rows = await db.kysely
		.selectFrom('organisation_event_facts')
		.where(organisationEventFilter(filter))
		.select((eb) => [
			'organisation_event_facts.organisation_id as id',
			eb.fn.countAll<number>().as('events')
		])
		.groupBy('organisation_event_facts.organisation_id')
		.execute();
	return rows.map((r) => ({ id: r.id, events: Number(r.events) }));
}

/** Name, sector and flag of the organisations, and the membership each is shown with. */
async function organisationsOf(
	db: Database,
	ids: number[],
	at: { alliance: string | undefined; today: IsoDate }
) {
	const [orgs, memberships] = await Promise.all([
		db.kysely
			.selectFrom('organisations')
			.select(['id', 'name', 'sector', 'synthetic'])
			.where('id', 'in', ids)
			.execute(),
		db.kysely
			.selectFrom('memberships')
			.select(['id', 'organisation_id', 'alliance', 'joined_on', 'left_on'])
			.where('organisation_id', 'in', ids)
			.$if(at.alliance !== undefined, (q) => q.where('alliance', '=', at.alliance ?? ''))
			.execute()
	]);
	// Current memberships first, then the latest joined, then the smallest id.
	const rank = (m: (typeof memberships)[number]) =>
		m.joined_on <= at.today && (m.left_on === null || m.left_on > at.today) ? 1 : 0;
	memberships.sort(
		(a, b) => rank(b) - rank(a) || compareCodes(b.joined_on, a.joined_on) || a.id - b.id
	);
	const membershipOf = new Map<number, number>();
	for (const m of memberships)
		if (!membershipOf.has(m.organisation_id)) membershipOf.set(m.organisation_id, m.id);
	return { orgs: new Map(orgs.map((o) => [o.id, o])), membershipOf };
}

/** Ids of the events matching the filter's alliance, regions and themes; null when all do. */
async function eventsIn(db: Database, filter: DashboardFilter): Promise<Set<number> | null> {
	const { alliance, regions, themes } = filter;
	if (alliance === undefined && regions === undefined && themes === undefined) return null;
	const rows = await db.kysely
		.selectFrom('event_facts')
		.select('event_facts.event_id')
		.where(eventFilter({ alliance, regions, themes, from: filter.from, to: filter.to }))
		.execute();
	return new Set(rows.map((r) => r.event_id));
}

/**
 * Pairs of the given organisations at the same matching event, heaviest first. Their rows are read
 * by organisation and period only (a covering index range per organisation, whichever index the
 * planner would prefer for the alliance) and kept when the event matches the rest of the filter.
 * The organisations are those of the filtered sectors already, so each of their events has a
 * participant of a filtered sector.
 */
async function linksBetween(
	db: Database,
	filter: DashboardFilter,
	ids: number[]
): Promise<NetworkLink[]> {
	let query = db.kysely
		.selectFrom('organisation_event_facts as o')
		.where('o.organisation_id', 'in', ids)
		.select(['o.event_id', 'o.organisation_id']);
	if (filter.from !== undefined) query = query.where('o.start_date', '>=', filter.from);
	if (filter.to !== undefined) query = query.where('o.start_date', '<=', filter.to);
	const [all, matching] = await Promise.all([query.execute(), eventsIn(db, filter)]);
	const rows = matching === null ? all : all.filter((r) => matching.has(r.event_id));
	const position = new Map(ids.map((id, i) => [id, i]));
	const byEvent = new Map<number, number[]>();
	for (const r of rows) {
		const list = byEvent.get(r.event_id) ?? [];
		list.push(position.get(r.organisation_id) ?? 0);
		byEvent.set(r.event_id, list);
	}
	const n = ids.length;
	const shared = new Uint32Array(n * n);
	for (const list of byEvent.values())
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) {
				const a = list[i] ?? 0;
				const b = list[j] ?? 0;
				shared[a < b ? a * n + b : b * n + a] = (shared[a < b ? a * n + b : b * n + a] ?? 0) + 1;
			}
	const links: NetworkLink[] = [];
	for (let a = 0; a < n; a++)
		for (let b = a + 1; b < n; b++) {
			const count = shared[a * n + b] ?? 0;
			if (count === 0) continue;
			const [x, y] = [ids[a] ?? 0, ids[b] ?? 0];
			links.push({ source: Math.min(x, y), target: Math.max(x, y), shared: count });
		}
	return links.sort((a, b) => b.shared - a.shared || a.source - b.source || a.target - b.target);
}

/** The `limit` most engaged organisations at matching events and the events they shared. */
export async function engagementNetwork(
	db: Database,
	input: Input,
	options: { today: IsoDate }
): Promise<EngagementNetwork> {
	const { limit, ...filter } = input;
	const counts = await eventCounts(db, filter);
	const top = [...counts].sort((a, b) => b.events - a.events);
	// Names break ties, so read the names of every organisation tied with the last one listed.
	const cut = top[Math.min(limit, top.length) - 1]?.events ?? 0;
	const candidates = top.filter((c) => c.events >= cut);
	const ids = candidates.map((c) => c.id);
	if (ids.length === 0) return { nodes: [], links: [], organisations: 0, synthetic: false };
	const { orgs, membershipOf } = await organisationsOf(db, ids, {
		alliance: filter.alliance,
		today: options.today
	});
	const nameOf = (id: number) => orgs.get(id)?.name ?? '';
	const chosen = candidates
		.sort((a, b) => b.events - a.events || compareText(nameOf(a.id), nameOf(b.id)) || a.id - b.id)
		.slice(0, limit);
	const nodes: NetworkNode[] = chosen.map((c) => ({
		id: c.id,
		membershipId: membershipOf.get(c.id) ?? null,
		name: nameOf(c.id),
		sector: (orgs.get(c.id)?.sector ?? 'ngo') as Sector,
		events: c.events
	}));
	const links = await linksBetween(
		db,
		filter,
		nodes.map((n) => n.id)
	);
	return {
		nodes,
		links,
		organisations: counts.length,
		synthetic: chosen.some((c) => orgs.get(c.id)?.synthetic === 1)
	};
}
