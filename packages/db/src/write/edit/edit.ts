/**
 * Editing the data: create, update and delete organisations, memberships, events, participations
 * and contributions, and update review steps. Each call is one write transaction (`db.write`,
 * BEGIN IMMEDIATE on SQLite) that
 * 1. reads the row and compares its `version` with the one the editor read (else `EditConflict`
 *    carrying the current row, or `EditNotFound`),
 * 2. checks what the schema cannot (referenced rows exist: else `EditInvalid` naming the field;
 *    a delete refuses with `EditRefused` while other rows depend on the row),
 * 3. writes the row with `version + 1` (a create starts at 1) and its join-table rows,
 * 4. recomputes the summary rows the edit touches (see `refresh-summaries.ts`),
 * 5. records an audit entry (who, when, what, before and after) and bumps the data version.
 * Deletes never cascade: an organisation with memberships, participations, contributions or an
 * alliance it leads, and an event with participations, are refused with a message naming them.
 */
import type { DeleteInput, Deleted, VersionedReviewStep } from '@untoc-alliance/schema';
import { recordAudit } from '../../accounts/audit.ts';
import type { Database } from '../../database.ts';
import { bumpDataVersion } from '../data-version.ts';
import {
	contributions,
	events,
	memberships,
	merge,
	organisations,
	participations,
	type Entity
} from './entities.ts';
import { EditConflict, EditNotFound, EditRefused } from './errors.ts';
import * as rows from './records.ts';
import { attachSummaries, detachSummaries } from './refresh-summaries.ts';
import type { Trx } from './row-helpers.ts';

/** Who edits, and when (defaults to now). */
export interface EditActor {
	userId: number | null;
	at?: Date;
}

async function finish(
	trx: Trx,
	actor: EditActor,
	entry: {
		action: string;
		entity: string;
		entityId: string | number;
		before: unknown;
		after: unknown;
	}
): Promise<void> {
	await recordAudit(trx, { at: actor.at ?? new Date(), userId: actor.userId, ...entry });
	await bumpDataVersion(trx);
}

function create<TCreate, TRecord extends { version: number }>(entity: Entity<TCreate, TRecord>) {
	return (db: Database, actor: EditActor, value: TCreate): Promise<TRecord> =>
		db.write(async (trx) => {
			await entity.check(trx, value, null);
			const id = await entity.insert(trx, value);
			const created = await entity.read(trx, id);
			if (!created) throw new Error(`The new ${entity.noun} ${id} cannot be read back`);
			const detached = await detachSummaries(trx, await entity.touches(trx, created));
			await attachSummaries(trx, detached);
			await finish(trx, actor, {
				action: 'create',
				entity: entity.table,
				entityId: id,
				before: null,
				after: created
			});
			return created;
		});
}

async function readForWrite<TRecord extends { version: number }>(
	trx: Trx,
	entity: Entity<unknown, TRecord>,
	key: DeleteInput
): Promise<TRecord> {
	const { id, version } = key;
	const before = await entity.read(trx, id);
	if (!before) throw new EditNotFound(entity.noun, String(id));
	if (before.version !== version) throw new EditConflict(entity.noun, String(id), before);
	return before;
}

function update<TCreate, TRecord extends { id: number; version: number }>(
	entity: Entity<TCreate, TRecord>
) {
	return (db: Database, actor: EditActor, record: TRecord & TCreate): Promise<TRecord> =>
		db.write(async (trx) => {
			const before = await readForWrite(trx, entity as Entity<unknown, TRecord>, record);
			await entity.check(trx, record, record.id);
			const detached = await detachSummaries(
				trx,
				merge(await entity.touches(trx, before), await entity.touches(trx, record))
			);
			if ((await entity.update(trx, record)) !== 1)
				throw new EditConflict(entity.noun, String(record.id), before);
			const after = await entity.read(trx, record.id);
			if (!after) throw new Error(`The ${entity.noun} ${record.id} cannot be read back`);
			await attachSummaries(trx, detached);
			await finish(trx, actor, {
				action: 'update',
				entity: entity.table,
				entityId: record.id,
				before,
				after
			});
			return after;
		});
}

function remove<TRecord extends { version: number }>(entity: Entity<never, TRecord>) {
	return (db: Database, actor: EditActor, input: DeleteInput): Promise<Deleted> =>
		db.write(async (trx) => {
			const before = await readForWrite(trx, entity, input);
			const refused = await entity.dependents(trx, input.id);
			if (refused !== null) throw new EditRefused(refused);
			const detached = await detachSummaries(trx, await entity.touches(trx, before));
			await entity.remove(trx, input.id);
			await attachSummaries(trx, detached);
			await finish(trx, actor, {
				action: 'delete',
				entity: entity.table,
				entityId: input.id,
				before,
				after: null
			});
			return { id: input.id };
		});
}

function crud<TCreate, TRecord extends { id: number; version: number }>(
	entity: Entity<TCreate, TRecord>
) {
	return {
		/** Creates the row (version 1) and answers it as written. */
		create: create(entity),
		/** Replaces the row's editable fields when its version is still the one given. */
		update: update(entity),
		/** Deletes the row when its version is still the one given and nothing depends on it. */
		delete: remove(entity as unknown as Entity<never, TRecord>)
	};
}

/** Create, update and delete of every editable entity; see the top of this file. */
export const edits = {
	organisations: crud(organisations),
	memberships: crud(memberships),
	events: crud(events),
	participations: crud(participations),
	contributions: crud(contributions),
	reviewSteps: {
		/** Sets a review step's status, dates and source when its version is still the one given. */
		update: (db: Database, actor: EditActor, step: VersionedReviewStep) =>
			db.write(async (trx): Promise<VersionedReviewStep> => {
				const key = `${step.reviewId}/${step.step}`;
				const before = await rows.readReviewStep(trx, step);
				if (!before) throw new EditNotFound('review step', key);
				if (before.version !== step.version || (await rows.updateReviewStep(trx, step)) !== 1)
					throw new EditConflict('review step', key, before);
				const after = await rows.readReviewStep(trx, step);
				if (!after) throw new Error(`The review step ${key} cannot be read back`);
				await finish(trx, actor, {
					action: 'update',
					entity: 'review_steps',
					entityId: key,
					before,
					after
				});
				return after;
			})
	}
};
