/**
 * The rows of the event list and page: an event with its clusters, organisers and participants
 * per side and per sector, read for a page of event ids at once (from the event summaries and the
 * participations of those events only).
 */
import {
	sides,
	sectors as sectorVocabulary,
	type ClusterId,
	type EventFormat,
	type EventRow,
	type EventType,
	type RegionCode,
	type Sector,
	type Side
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { compareText } from './collate.ts';

/** Organisers named per event at most (the contract's cap). */
export const organiserCap = 20;

function grouped<TRow extends { event_id: number }>(rows: TRow[]): Map<number, TRow[]> {
	const map = new Map<number, TRow[]>();
	for (const r of rows) {
		const list = map.get(r.event_id) ?? [];
		list.push(r);
		map.set(r.event_id, list);
	}
	return map;
}

function eventColumns(db: Database, ids: readonly number[]) {
	return db.kysely
		.selectFrom('events as e')
		.innerJoin('event_facts as f', 'f.event_id', 'e.id')
		.where('e.id', 'in', ids)
		.select([
			'e.id',
			'e.alliance',
			'e.type',
			'e.title',
			'e.start_date',
			'e.end_date',
			'e.format',
			'e.city',
			'e.country',
			'e.region',
			'e.participants_reported',
			'e.source_url',
			'e.synthetic',
			'e.verified',
			'f.participants'
		])
		.execute();
}

/** Organisers per event: organisation names, or the side's label for a delegation; by name. */
async function organisersOf(db: Database, ids: readonly number[]) {
	const rows = await db.kysely
		.selectFrom('participations as p')
		.leftJoin('organisations as o', 'o.id', 'p.organisation_id')
		.where('p.event_id', 'in', ids)
		.where('p.organiser', '=', 1)
		.select(['p.event_id', 'p.side', 'o.name'])
		.execute();
	const map = new Map<number, string[]>();
	for (const [id, list] of grouped(rows)) {
		const names = new Set(list.map((r) => r.name ?? sides.labels[r.side as Side]));
		map.set(id, [...names].sort(compareText).slice(0, organiserCap));
	}
	return map;
}

/** The event rows of `ids`, in the order of `ids`; unknown ids are left out. */
export async function eventRows(
	db: Database,
	ids: readonly number[]
): Promise<(EventRow & { participantsReported: number | null; sourceUrl: string | null })[]> {
	if (ids.length === 0) return [];
	const [events, clusters, organisers, bySide, bySector] = await Promise.all([
		eventColumns(db, ids),
		db.kysely
			.selectFrom('event_clusters')
			.select(['event_id', 'cluster'])
			.where('event_id', 'in', ids)
			.orderBy('cluster')
			.execute(),
		organisersOf(db, ids),
		db.kysely
			.selectFrom('event_side_facts')
			.select(['event_id', 'side', 'participants'])
			.where('event_id', 'in', ids)
			.execute(),
		db.kysely
			.selectFrom('event_sector_facts')
			.select(['event_id', 'sector', 'participants'])
			.where('event_id', 'in', ids)
			.where('participants', '>', 0)
			.execute()
	]);
	const clustersOf = grouped(clusters);
	const sidesOf = grouped(bySide);
	const sectorsOf = grouped(bySector);
	const sideOrder = (s: string) => sides.codes.indexOf(s as Side);
	const sectorOrder = (s: string) => sectorVocabulary.codes.indexOf(s as Sector);
	const byId = new Map(events.map((e) => [e.id, e]));
	return ids.flatMap((id) => {
		const e = byId.get(id);
		if (!e) return [];
		return [
			{
				id: e.id,
				alliance: e.alliance,
				type: e.type as EventType,
				title: e.title,
				startDate: e.start_date,
				endDate: e.end_date,
				format: e.format as EventFormat,
				city: e.city,
				country: e.country,
				region: e.region as RegionCode | null,
				clusters: (clustersOf.get(id) ?? []).map((c) => c.cluster as ClusterId),
				organisers: organisers.get(id) ?? [],
				participants: Number(e.participants),
				bySide: (sidesOf.get(id) ?? [])
					.sort((a, b) => sideOrder(a.side) - sideOrder(b.side))
					.map((s) => ({ side: s.side as Side, participants: s.participants })),
				bySector: (sectorsOf.get(id) ?? [])
					.sort(
						(a, b) =>
							b.participants - a.participants || sectorOrder(a.sector) - sectorOrder(b.sector)
					)
					.map((s) => ({ sector: s.sector as Sector, participants: s.participants })),
				synthetic: e.synthetic === 1,
				verified: e.verified === 1,
				participantsReported: e.participants_reported,
				sourceUrl: e.source_url
			}
		];
	});
}
