/** The rows editors open a form with, each with its version (see `records.ts`). */
import type {
	ReviewStepKeyInput,
	VersionedParticipation,
	VersionedReviewStep
} from '@untoc-alliance/schema';
import type { Database } from '../../database.ts';
import * as rows from './records.ts';

/** Every participation of an event, organisers first, then by id. */
async function participationsOfEvent(
	db: Database,
	eventId: number
): Promise<VersionedParticipation[]> {
	const ids = await db.kysely
		.selectFrom('participations')
		.select('id')
		.where('event_id', '=', eventId)
		.orderBy('organiser', 'desc')
		.orderBy('id')
		.execute();
	const found: VersionedParticipation[] = [];
	for (const { id } of ids) {
		const row = await rows.readParticipation(db.kysely, id);
		if (row) found.push(row);
	}
	return found;
}

/** One step of a country's review of a cluster, or undefined. */
async function reviewStep(
	db: Database,
	key: ReviewStepKeyInput
): Promise<VersionedReviewStep | undefined> {
	const review = await db.kysely
		.selectFrom('reviews')
		.select('id')
		.where('country', '=', key.country)
		.where('cluster', '=', key.cluster)
		.executeTakeFirst();
	return review && rows.readReviewStep(db.kysely, { reviewId: review.id, step: key.step });
}

/** Reads for editing: a row with its version, or undefined when there is none. */
export const editReads = {
	organisation: (db: Database, id: number) => rows.readOrganisation(db.kysely, id),
	membership: (db: Database, id: number) => rows.readMembership(db.kysely, id),
	event: (db: Database, id: number) => rows.readEvent(db.kysely, id),
	contribution: (db: Database, id: number) => rows.readContribution(db.kysely, id),
	participationsOfEvent,
	reviewStep
};
