/**
 * Recording one participation: the raw row and every summary it touches, in one write
 * transaction, so that summaries never disagree with the raw rows a reader can see.
 */
import type { Participation } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import { sectorBits } from '../codes.ts';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { bumpDataVersion } from './data-version.ts';
import { updateEventSummaries, type EventFact } from './event-summaries.ts';
import { updateOrganisationSummaries } from './organisation-summaries.ts';
import { updateSideFacts } from './side-summaries.ts';

async function insertRow(trx: Kysely<Tables>, p: Omit<Participation, 'id'>): Promise<number> {
	const row = await trx
		.insertInto('participations')
		.values({
			event_id: p.eventId,
			organisation_id: p.organisationId,
			side: p.side,
			sector: p.sector,
			participants: p.participants,
			organiser: p.organiser ? 1 : 0,
			verified: p.verified ? 1 : 0,
			synthetic: p.synthetic ? 1 : 0,
			source_url: p.sourceUrl
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function eventFact(trx: Kysely<Tables>, eventId: number): Promise<EventFact> {
	const fact = await trx
		.selectFrom('event_facts')
		.select(['event_id', 'alliance', 'month', 'type', 'sector_mask', 'synthetic'])
		.where('event_id', '=', eventId)
		.executeTakeFirst();
	if (!fact) throw new Error(`No event ${eventId} to add a participation to`);
	return fact;
}

/** Inserts a participation and updates the summary tables and the data version with it. */
export async function addParticipation(
	db: Database,
	p: Omit<Participation, 'id'>
): Promise<Participation> {
	return db.write(async (trx) => {
		const fact = await eventFact(trx, p.eventId);
		const id = await insertRow(trx, p);
		await updateEventSummaries(trx, {
			fact,
			participants: p.participants,
			sector: p.sector,
			sectorBit: p.sector === null ? 0 : sectorBits[p.sector],
			synthetic: p.synthetic
		});
		await updateSideFacts(trx, p);
		await updateOrganisationSummaries(trx, p);
		await bumpDataVersion(trx);
		return { ...p, id };
	});
}
