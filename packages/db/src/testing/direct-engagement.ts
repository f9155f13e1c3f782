/**
 * Test helper: the engagement rankings and event lists recomputed in plain JS from the raw tables
 * (events, participations, memberships and their join tables), independently of the summary
 * tables and the SQL that reads them.
 */
import type { DashboardFilter } from '@untoc-alliance/schema';
import type { Database } from '../database.ts';

/** Every raw row the direct computations need. */
export async function rawEngagement(db: Database) {
	const k = db.kysely;
	const [events, eventThemes, people, memberships, regions, themes, organisations] =
		await Promise.all([
			k.selectFrom('events').selectAll().execute(),
			k.selectFrom('event_themes').selectAll().execute(),
			k.selectFrom('participations').selectAll().execute(),
			k.selectFrom('memberships').selectAll().execute(),
			k.selectFrom('membership_regions').selectAll().execute(),
			k.selectFrom('membership_themes').selectAll().execute(),
			k.selectFrom('organisations').selectAll().execute()
		]);
	return { events, eventThemes, people, memberships, regions, themes, organisations };
}

export type RawEngagement = Awaited<ReturnType<typeof rawEngagement>>;

/** Ids of the events matching the filter: alliance, period, region, themes, a filtered sector. */
export function directEventIds(raw: RawEngagement, f: DashboardFilter): Set<number> {
	return new Set(
		raw.events
			.filter(
				(e) =>
					(f.alliance === undefined || e.alliance === f.alliance) &&
					(f.from === undefined || e.start_date >= f.from) &&
					(f.to === undefined || e.start_date <= f.to) &&
					(f.regions === undefined ||
						(e.region !== null && f.regions.includes(e.region as never))) &&
					(f.themes === undefined ||
						raw.eventThemes.some(
							(t) => t.event_id === e.id && f.themes?.includes(t.theme as never)
						)) &&
					(f.sectors === undefined ||
						raw.people.some(
							(p) =>
								p.event_id === e.id && p.sector !== null && f.sectors?.includes(p.sector as never)
						))
			)
			.map((e) => e.id)
	);
}

/** Distinct matching events per civil-society organisation (of the filtered sectors, if any). */
export function directOrganisationEvents(
	raw: RawEngagement,
	f: DashboardFilter
): Map<number, Set<number>> {
	const matching = directEventIds(raw, f);
	const out = new Map<number, Set<number>>();
	for (const p of raw.people) {
		if (p.organisation_id === null || !matching.has(p.event_id)) continue;
		if (f.sectors !== undefined && !f.sectors.includes(p.sector as never)) continue;
		const set = out.get(p.organisation_id) ?? new Set<number>();
		set.add(p.event_id);
		out.set(p.organisation_id, set);
	}
	return out;
}

/** Events in the period, people sent and the latest event up to `asOf` of each current member. */
export function directMemberActivity(
	raw: RawEngagement,
	f: DashboardFilter,
	asOf: string
): Map<number, { events: number; participants: number; last: string | null }> {
	const orgSector = new Map(raw.organisations.map((o) => [o.id, o.sector]));
	const dateOf = new Map(raw.events.map((e) => [e.id, e.start_date]));
	const members = raw.memberships.filter(
		(m) =>
			m.joined_on <= asOf &&
			(m.left_on === null || m.left_on > asOf) &&
			(f.alliance === undefined || m.alliance === f.alliance) &&
			(f.sectors === undefined || f.sectors.includes(orgSector.get(m.organisation_id) as never)) &&
			(f.regions === undefined ||
				raw.regions.some(
					(r) => r.membership_id === m.id && f.regions?.includes(r.region as never)
				)) &&
			(f.themes === undefined ||
				raw.themes.some((t) => t.membership_id === m.id && f.themes?.includes(t.theme as never)))
	);
	const out = new Map<number, { events: number; participants: number; last: string | null }>();
	for (const m of members) {
		const mine = raw.people.filter((p) => p.organisation_id === m.organisation_id);
		const inPeriod = mine.filter((p) => {
			const d = dateOf.get(p.event_id) ?? '';
			return (f.from === undefined || d >= f.from) && (f.to === undefined || d <= f.to);
		});
		const dates = mine.map((p) => dateOf.get(p.event_id) ?? '').filter((d) => d <= asOf);
		out.set(m.id, {
			events: new Set(inPeriod.map((p) => p.event_id)).size,
			participants: inPeriod.reduce((n, p) => n + p.participants, 0),
			last: dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b))
		});
	}
	return out;
}
