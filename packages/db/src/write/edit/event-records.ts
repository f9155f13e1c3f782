/** Events and participations as versioned records (see `records.ts`). */
import type {
	EventCreate,
	ParticipationCreate,
	VersionedEvent,
	VersionedParticipation
} from '@untoc-alliance/schema';
import type { Insertable } from 'kysely';
import type { Tables } from '../../schema-types.ts';
import { flag, provenance, provenanceColumns, provenanceOf, type Trx } from './row-helpers.ts';

// Events

export async function readEvent(trx: Trx, id: number): Promise<VersionedEvent | undefined> {
	const row = await trx
		.selectFrom('events')
		.select([
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
			'participants_reported',
			...provenance
		])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const clusters = await trx
		.selectFrom('event_clusters')
		.select('cluster')
		.where('event_id', '=', id)
		.orderBy('cluster')
		.execute();
	const themes = await trx
		.selectFrom('event_themes')
		.select('theme')
		.where('event_id', '=', id)
		.orderBy('theme')
		.execute();
	return {
		id: row.id,
		alliance: row.alliance,
		type: row.type as VersionedEvent['type'],
		title: row.title,
		startDate: row.start_date,
		endDate: row.end_date,
		format: row.format as VersionedEvent['format'],
		city: row.city,
		country: row.country,
		region: row.region as VersionedEvent['region'],
		clusters: clusters.map((c) => c.cluster as VersionedEvent['clusters'][number]),
		themes: themes.map((t) => t.theme as VersionedEvent['themes'][number]),
		participantsReported: row.participants_reported,
		...provenanceOf(row)
	};
}

function eventColumns(e: EventCreate) {
	return {
		alliance: e.alliance,
		type: e.type,
		title: e.title,
		start_date: e.startDate,
		end_date: e.endDate,
		format: e.format,
		city: e.city,
		country: e.country,
		region: e.region,
		participants_reported: e.participantsReported,
		...provenanceColumns(e)
	};
}

async function writeEventCodes(trx: Trx, id: number, e: EventCreate): Promise<void> {
	await deleteEventCodes(trx, id);
	const clusters = [...new Set(e.clusters)].map((cluster) => ({ event_id: id, cluster }));
	const themes = [...new Set(e.themes)].map((theme) => ({ event_id: id, theme }));
	if (clusters.length > 0) await trx.insertInto('event_clusters').values(clusters).execute();
	if (themes.length > 0) await trx.insertInto('event_themes').values(themes).execute();
}

export async function deleteEventCodes(trx: Trx, id: number): Promise<void> {
	await trx.deleteFrom('event_clusters').where('event_id', '=', id).execute();
	await trx.deleteFrom('event_themes').where('event_id', '=', id).execute();
}

export async function insertEvent(trx: Trx, e: EventCreate): Promise<number> {
	const row = await trx
		.insertInto('events')
		.values(eventColumns(e) as Insertable<Tables['events']>)
		.returning('id')
		.executeTakeFirstOrThrow();
	await writeEventCodes(trx, row.id, e);
	return row.id;
}

export async function updateEvent(trx: Trx, e: VersionedEvent): Promise<number> {
	const result = await trx
		.updateTable('events')
		.set({ ...eventColumns(e), version: e.version + 1 })
		.where('id', '=', e.id)
		.where('version', '=', e.version)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) await writeEventCodes(trx, e.id, e);
	return Number(result.numUpdatedRows);
}

// Participations

export async function readParticipation(
	trx: Trx,
	id: number
): Promise<VersionedParticipation | undefined> {
	const row = await trx
		.selectFrom('participations')
		.select([
			'id',
			'event_id',
			'organisation_id',
			'side',
			'sector',
			'participants',
			'organiser',
			...provenance
		])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		id: row.id,
		eventId: row.event_id,
		organisationId: row.organisation_id,
		side: row.side as VersionedParticipation['side'],
		sector: row.sector as VersionedParticipation['sector'],
		participants: row.participants,
		organiser: row.organiser === 1,
		...provenanceOf(row)
	};
}

function participationColumns(p: ParticipationCreate) {
	return {
		event_id: p.eventId,
		organisation_id: p.organisationId,
		side: p.side,
		sector: p.sector,
		participants: p.participants,
		organiser: flag(p.organiser),
		...provenanceColumns(p)
	};
}

export async function insertParticipation(trx: Trx, p: ParticipationCreate): Promise<number> {
	const row = await trx
		.insertInto('participations')
		.values(participationColumns(p))
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateParticipation(trx: Trx, p: VersionedParticipation): Promise<number> {
	const result = await trx
		.updateTable('participations')
		.set({ ...participationColumns(p), version: p.version + 1 })
		.where('id', '=', p.id)
		.where('version', '=', p.version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
