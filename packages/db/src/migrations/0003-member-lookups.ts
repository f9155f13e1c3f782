/**
 * Indexes for the member page. Participations by organisation become a covering index (with the
 * event and the participants), so a member's events are read from the index alone; it replaces
 * the single-column index of 0001. Contributions get an index by authoring organisation.
 */
import type { Kysely } from 'kysely';

/** Creates the two indexes and drops the one the first makes redundant. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createIndex('participations_organisation_event')
		.on('participations')
		.columns(['organisation_id', 'event_id', 'participants'])
		.execute();
	await db.schema.dropIndex('participations_organisation').execute();
	await db.schema
		.createIndex('contribution_organisations_organisation')
		.on('contribution_organisations')
		.columns(['organisation_id', 'contribution_id'])
		.execute();
}
