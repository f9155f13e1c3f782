/** Participants per event and side of the trilateral framework (filled by `rebuildSummaries`). */
import type { Kysely } from 'kysely';

/** Creates `event_side_facts`: one row per event and side that took part, with its people. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('event_side_facts')
		.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
		.addColumn('side', 'text', (c) => c.notNull())
		.addColumn('participants', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('event_side_facts_pk', ['event_id', 'side'])
		.execute();
}
