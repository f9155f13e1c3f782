/**
 * Incremental upkeep of `organisation_event_facts` and `organisation_year_rollup` when one
 * participation is added to an event.
 */
import type { Participation } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';

type Added = Pick<Participation, 'eventId' | 'organisationId' | 'sector' | 'participants'>;

/** The event's row in `event_facts`: what the organisation's row copies. */
async function eventOf(trx: Kysely<Tables>, eventId: number) {
	return trx
		.selectFrom('event_facts')
		.select(['alliance', 'start_date', 'region', 'theme_mask'])
		.where('event_id', '=', eventId)
		.executeTakeFirstOrThrow();
}

/** True when the organisation already has a participation in the event. */
async function alreadyThere(trx: Kysely<Tables>, organisationId: number, eventId: number) {
	const row = await trx
		.selectFrom('organisation_event_facts')
		.select('event_id')
		.where('organisation_id', '=', organisationId)
		.where('event_id', '=', eventId)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * Adds the participation's people to its organisation's row for the event and to its year rows
 * (scope of the event's alliance and `*`); the first participation of an organisation in an event
 * creates the row and counts one more event. A delegation without an organisation touches nothing.
 */
export async function updateOrganisationSummaries(trx: Kysely<Tables>, p: Added): Promise<void> {
	const organisationId = p.organisationId;
	if (organisationId === null) return;
	const event = await eventOf(trx, p.eventId);
	const isNew = !(await alreadyThere(trx, organisationId, p.eventId));
	if (isNew)
		await trx
			.insertInto('organisation_event_facts')
			.values({
				organisation_id: organisationId,
				event_id: p.eventId,
				...event,
				sector: p.sector,
				participants: p.participants
			})
			.execute();
	else
		await trx
			.updateTable('organisation_event_facts')
			.set((eb) => ({ participants: eb('participants', '+', p.participants) }))
			.where('organisation_id', '=', organisationId)
			.where('event_id', '=', p.eventId)
			.execute();
	const year = event.start_date.slice(0, 4);
	const added = isNew ? 1 : 0;
	for (const scope of event.alliance === null ? ['*'] : [event.alliance, '*'])
		await trx
			.insertInto('organisation_year_rollup')
			.values({
				scope,
				organisation_id: organisationId,
				year,
				sector: p.sector,
				events: added,
				participants: p.participants,
				last_date: event.start_date
			})
			.onConflict((oc) =>
				oc.columns(['scope', 'organisation_id', 'year']).doUpdateSet((eb) => ({
					events: eb('organisation_year_rollup.events', '+', added),
					participants: eb('organisation_year_rollup.participants', '+', p.participants),
					sector: eb.fn.coalesce('organisation_year_rollup.sector', eb.val(p.sector)),
					last_date: eb
						.case()
						.when('organisation_year_rollup.last_date', '<', event.start_date)
						.then(event.start_date)
						.else(eb.ref('organisation_year_rollup.last_date'))
						.end()
				}))
			)
			.execute();
}
