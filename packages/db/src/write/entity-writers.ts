/**
 * Writers that turn schema entities into rows (with their join-table rows) through a RowSink
 * (`dialect/rows.ts`): prepared statements on SQLite, multi-row INSERTs on PostgreSQL. The calls
 * are synchronous and fast enough for a million rows; call them inside `db.write` and
 * `await sink.flush()` now and then and at the end.
 */
import type {
	Alliance,
	Contribution,
	Country,
	CountryReview,
	EngagementEvent,
	Membership,
	Organisation,
	Participation,
	Provenance
} from '@untoc-alliance/schema';
import type { RowSink } from '../dialect/rows.ts';
import { nameKey } from '../name-key.ts';
import type { Tables } from '../schema-types.ts';

const provenanceColumns = ['verified', 'synthetic', 'source_url'] as const;

function flag(value: boolean): number {
	return value ? 1 : 0;
}

function provenance(p: Provenance): [number, number, string | null] {
	return [flag(p.verified), flag(p.synthetic), p.sourceUrl];
}

/** One writer per entity; each also writes the entity's join-table rows. */
export interface EntityWriters {
	country: (c: Country) => void;
	alliance: (a: Alliance) => void;
	organisation: (o: Organisation) => void;
	membership: (m: Membership) => void;
	event: (e: EngagementEvent) => void;
	participation: (p: Participation) => void;
	review: (r: CountryReview) => void;
	contribution: (c: Contribution) => void;
}

function writerFor(sink: RowSink) {
	return (table: keyof Tables, columns: readonly string[], withProvenance = true) =>
		sink.table(table, withProvenance ? [...columns, ...provenanceColumns] : columns);
}

function membershipWriter(write: ReturnType<typeof writerFor>) {
	const row = write('memberships', [
		'id',
		'alliance',
		'organisation_id',
		'role',
		'joined_on',
		'left_on'
	]);
	const region = write('membership_regions', ['membership_id', 'region'], false);
	const theme = write('membership_themes', ['membership_id', 'theme'], false);
	return (m: Membership) => {
		row([m.id, m.alliance, m.organisationId, m.role, m.joinedOn, m.leftOn, ...provenance(m)]);
		for (const r of new Set(m.regions)) region([m.id, r]);
		for (const t of new Set(m.themes)) theme([m.id, t]);
	};
}

function eventWriter(write: ReturnType<typeof writerFor>) {
	const row = write('events', [
		'id',
		'alliance',
		'type',
		'title',
		'start_date',
		'end_date',
		'format',
		'city',
		'country',
		'region',
		'participants_reported'
	]);
	const cluster = write('event_clusters', ['event_id', 'cluster'], false);
	const theme = write('event_themes', ['event_id', 'theme'], false);
	return (e: EngagementEvent) => {
		row([
			e.id,
			e.alliance,
			e.type,
			e.title,
			e.startDate,
			e.endDate,
			e.format,
			e.city,
			e.country,
			e.region,
			e.participantsReported,
			...provenance(e)
		]);
		for (const c of new Set(e.clusters)) cluster([e.id, c]);
		for (const t of new Set(e.themes)) theme([e.id, t]);
	};
}

function reviewWriter(write: ReturnType<typeof writerFor>) {
	const row = write('reviews', ['id', 'country', 'cluster', 'review_group', 'started_on']);
	const step = write('review_steps', ['review_id', 'step', 'status', 'started_on', 'completed_on']);
	return (r: CountryReview) => {
		row([r.id, r.country, r.cluster, r.group, r.startedOn, ...provenance(r)]);
		for (const s of r.steps)
			step([r.id, s.step, s.status, s.startedOn, s.completedOn, ...provenance(s)]);
	};
}

function contributionWriter(write: ReturnType<typeof writerFor>) {
	const row = write('contributions', ['id', 'country', 'cluster', 'type', 'title', 'date']);
	const author = write('contribution_organisations', ['contribution_id', 'organisation_id'], false);
	return (c: Contribution) => {
		row([c.id, c.country, c.cluster, c.type, c.title, c.date, ...provenance(c)]);
		for (const o of new Set(c.organisationIds)) author([c.id, o]);
	};
}

/**
 * Prepares the writers of every entity on `sink`. The tables are registered parents first
 * (countries, organisations, alliances, memberships, events, participations, reviews,
 * contributions), so a flush of the sink keeps the foreign keys.
 */
export function entityWriters(sink: RowSink): EntityWriters {
	const write = writerFor(sink);
	const country = write('countries', ['code', 'name', 'regional_group'], false);
	const organisation = write('organisations', [
		'id',
		'name',
		'name_key',
		'sector',
		'country',
		'public'
	]);
	const alliance = write('alliances', [
		'code',
		'country',
		'name',
		'lead_organisation_id',
		'launched_on'
	]);
	const membership = membershipWriter(write);
	const event = eventWriter(write);
	const participation = write('participations', [
		'id',
		'event_id',
		'organisation_id',
		'side',
		'sector',
		'participants',
		'organiser'
	]);
	const review = reviewWriter(write);
	const contribution = contributionWriter(write);
	return {
		country: (c) => country([c.code, c.name, c.regionalGroup]),
		alliance: (a) =>
			alliance([a.code, a.country, a.name, a.leadOrganisationId, a.launchedOn, ...provenance(a)]),
		organisation: (o) =>
			organisation([
				o.id,
				o.name,
				nameKey(o.name),
				o.sector,
				o.country,
				flag(o.public),
				...provenance(o)
			]),
		membership,
		event,
		participation: (p) =>
			participation([
				p.id,
				p.eventId,
				p.organisationId,
				p.side,
				p.sector,
				p.participants,
				flag(p.organiser),
				...provenance(p)
			]),
		review,
		contribution
	};
}
