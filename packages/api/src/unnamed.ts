/**
 * Organisation-level detail for anonymous visitors: organisations not marked public are never
 * named (left out of rankings, networks and author lists; anonymised among an event's
 * participants), and counts of organisations are suppressed below the threshold as in
 * `suppress.ts`. Signed-in audiences (`below === null`) get the database's answers unchanged.
 */
import type { Database } from '@untoc-alliance/db';
import type {
	EngagementMembers,
	EngagementNetwork,
	EventDetail,
	EventsPage,
	ExactEngagementMembers,
	ExactEngagementNetwork,
	ReviewContributions
} from '@untoc-alliance/schema';
import { suppressCount } from './suppress.ts';

/** The organisations not marked public: their ids, their memberships' ids and their names. */
export interface Unnamed {
	organisations: ReadonlySet<number>;
	memberships: ReadonlySet<number>;
	names: ReadonlySet<string>;
}

/** Reads the organisations anonymous visitors must not see named. */
export async function unnamedOrganisations(db: Database): Promise<Unnamed> {
	const rows = await db.kysely
		.selectFrom('organisations')
		.leftJoin('memberships', 'memberships.organisation_id', 'organisations.id')
		.select([
			'organisations.id as organisationId',
			'organisations.name',
			'memberships.id as membershipId'
		])
		.where('organisations.public', '=', 0)
		.execute();
	return {
		organisations: new Set(rows.map((r) => r.organisationId)),
		memberships: new Set(rows.flatMap((r) => (r.membershipId === null ? [] : [r.membershipId]))),
		names: new Set(rows.map((r) => r.name))
	};
}

/**
 * `engagement.members` for the audience. For anonymous callers `load` is asked for `extra` more
 * rows per ranking (the number of unnamed memberships) so that the rankings stay full after the
 * unnamed ones are left out.
 */
export async function engagementMembersFor(
	db: Database,
	below: number | null,
	ranking: { limit: number; load: (limit: number) => Promise<ExactEngagementMembers> }
): Promise<EngagementMembers> {
	const { limit, load } = ranking;
	if (below === null) return { ...(await load(limit)), suppressedBelow: null };
	const unnamed = await unnamedOrganisations(db);
	const exact = await load(limit + unnamed.memberships.size);
	const named = (rows: ExactEngagementMembers['most']) =>
		rows.filter((r) => !unnamed.memberships.has(r.id));
	return {
		...exact,
		members: suppressCount(exact.members, below),
		most: named(exact.most).slice(0, limit),
		least: named(exact.least).slice(0, limit),
		inactive: {
			total: suppressCount(exact.inactive.total, below),
			rows: named(exact.inactive.rows)
		},
		suppressedBelow: below
	};
}

/** `engagement.network` for the audience: unnamed organisations and their links left out. */
export async function engagementNetworkFor(
	db: Database,
	below: number | null,
	network: { limit: number; load: (limit: number) => Promise<ExactEngagementNetwork> }
): Promise<EngagementNetwork> {
	const { limit, load } = network;
	if (below === null) return { ...(await load(limit)), suppressedBelow: null };
	const unnamed = await unnamedOrganisations(db);
	const exact = await load(Math.min(limit + unnamed.organisations.size, 100));
	const nodes = exact.nodes.filter((n) => !unnamed.organisations.has(n.id)).slice(0, limit);
	const shown = new Set(nodes.map((n) => n.id));
	return {
		...exact,
		nodes,
		links: exact.links.filter((l) => shown.has(l.source) && shown.has(l.target)),
		organisations: suppressCount(exact.organisations, below),
		suppressedBelow: below
	};
}

/** An event list page for the audience: unnamed organisers left out. */
export async function eventsPageFor(
	db: Database,
	below: number | null,
	page: EventsPage
): Promise<EventsPage> {
	if (below === null) return page;
	const unnamed = await unnamedOrganisations(db);
	return {
		...page,
		rows: page.rows.map((r) => ({
			...r,
			organisers: r.organisers.filter((name) => !unnamed.names.has(name))
		}))
	};
}

/** An event for the audience: unnamed organisers left out, unnamed participants anonymised. */
export async function eventDetailFor(
	db: Database,
	below: number | null,
	event: EventDetail
): Promise<EventDetail> {
	if (below === null) return event;
	const unnamed = await unnamedOrganisations(db);
	return {
		...event,
		organisers: event.organisers.filter((name) => !unnamed.names.has(name)),
		participations: event.participations.map((p) =>
			p.organisationId !== null && unnamed.organisations.has(p.organisationId)
				? { ...p, organisationId: null, membershipId: null, name: null }
				: p
		)
	};
}

/** Review contributions for the audience: unnamed authors left out of each author list. */
export async function contributionsFor(
	db: Database,
	below: number | null,
	contributions: ReviewContributions
): Promise<ReviewContributions> {
	if (below === null) return contributions;
	const unnamed = await unnamedOrganisations(db);
	return {
		...contributions,
		items: contributions.items.map((item) => ({
			...item,
			authors: item.authors.filter((a) => !unnamed.organisations.has(a.id))
		}))
	};
}
