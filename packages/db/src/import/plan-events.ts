/**
 * Plans an events import: finds each row's event by alliance, start date and title among the
 * stored events and decides create, update or leave unchanged. A column absent from the file
 * keeps the stored value; a new event takes the default (empty, no). New events get ids after the
 * largest stored one, so the plan is only valid in the transaction that read it.
 */
import { eventKey, type EventImportRow, type ImportError } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';
import { allianceCodes, existingEvents, maxId, type EventRow } from './existing-rows.ts';
import { flag, sameList, tally, type Tally } from './plan-common.ts';

type EventValues = Omit<EventRow, 'id' | 'version' | 'clusters' | 'themes'>;

/** An event to insert or update, with its clusters and themes. */
export interface PlannedEvent {
	id: number;
	values: EventValues;
	clusters: number[];
	themes: string[];
}

export interface EventsPlan {
	errors: ImportError[];
	events: Tally;
	createEvents: PlannedEvent[];
	updateEvents: PlannedEvent[];
}

function keep<T>(value: T | undefined, stored: T | undefined, fallback: T): T {
	if (value !== undefined) return value;
	return stored === undefined ? fallback : stored;
}

function eventValues(row: EventImportRow, stored: EventRow | undefined): Omit<PlannedEvent, 'id'> {
	const e = row.event;
	const bool = (value: boolean | undefined) => (value === undefined ? undefined : flag(value));
	return {
		values: {
			alliance: e.alliance,
			type: e.type,
			title: e.title.trim(),
			start_date: e.startDate,
			end_date: keep(e.endDate, stored?.end_date, null),
			format: e.format,
			city: keep(e.city, stored?.city, null),
			country: keep(e.country, stored?.country, null),
			region: keep(e.region, stored?.region, null),
			participants_reported: keep(e.participantsReported, stored?.participants_reported, null),
			verified: keep(bool(e.verified), stored?.verified, 0),
			synthetic: keep(bool(e.synthetic), stored?.synthetic, 0),
			source_url: keep(e.sourceUrl, stored?.source_url, null)
		},
		clusters: keep(e.clusters, stored?.clusters, []),
		themes: keep(e.themes, stored?.themes, [])
	};
}

const compared = [
	'type',
	'end_date',
	'format',
	'city',
	'country',
	'region',
	'participants_reported',
	'verified',
	'synthetic',
	'source_url'
] as const;

function eventChanged(stored: EventRow, next: Omit<PlannedEvent, 'id'>): boolean {
	return (
		compared.some((column) => stored[column] !== next.values[column]) ||
		!sameList(stored.clusters, next.clusters) ||
		!sameList(stored.themes, next.themes)
	);
}

/** Plans the rows of an events file against the database (read through `trx`). */
export async function planEvents(
	trx: Kysely<Tables>,
	rows: readonly EventImportRow[]
): Promise<EventsPlan> {
	const alliances = await allianceCodes(trx);
	const events = await existingEvents(trx);
	let nextId = (await maxId(trx, 'events')) + 1;
	const plan: EventsPlan = { errors: [], events: tally(), createEvents: [], updateEvents: [] };
	for (const row of rows) {
		const { alliance } = row.event;
		if (alliance !== null && !alliances.has(alliance)) {
			const message = `Unknown alliance ${JSON.stringify(alliance)}`;
			plan.errors.push({ row: row.row, column: 'Alliance', message });
			continue;
		}
		const stored = events.get(eventKey(row.event));
		const next = eventValues(row, stored);
		if (!stored) {
			plan.createEvents.push({ ...next, id: nextId++ });
			plan.events.create += 1;
		} else if (eventChanged(stored, next)) {
			plan.updateEvents.push({ ...next, id: stored.id });
			plan.events.update += 1;
		} else plan.events.unchanged += 1;
	}
	return plan;
}
