/** Incremental upkeep of `event_side_facts` when one participation is added to an event. */
import type { Participation } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';

/** Adds the participation's people to its event and side, creating the row on the first one. */
export async function updateSideFacts(
	trx: Kysely<Tables>,
	p: Pick<Participation, 'eventId' | 'side' | 'participants'>
): Promise<void> {
	await trx
		.insertInto('event_side_facts')
		.values({ event_id: p.eventId, side: p.side, participants: p.participants })
		.onConflict((oc) =>
			oc.columns(['event_id', 'side']).doUpdateSet((eb) => ({
				participants: eb('event_side_facts.participants', '+', p.participants)
			}))
		)
		.execute();
}
