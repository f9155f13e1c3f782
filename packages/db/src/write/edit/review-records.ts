/** Contributions and review steps as versioned records (see `records.ts`). */
import type {
	ContributionCreate,
	VersionedContribution,
	VersionedReviewStep
} from '@untoc-alliance/schema';
import type { Insertable } from 'kysely';
import type { Tables } from '../../schema-types.ts';
import { provenance, provenanceColumns, provenanceOf, type Trx } from './row-helpers.ts';

// Contributions

export async function readContribution(
	trx: Trx,
	id: number
): Promise<VersionedContribution | undefined> {
	const row = await trx
		.selectFrom('contributions')
		.select(['id', 'country', 'cluster', 'type', 'title', 'date', ...provenance])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const authors = await trx
		.selectFrom('contribution_organisations')
		.select('organisation_id')
		.where('contribution_id', '=', id)
		.orderBy('organisation_id')
		.execute();
	return {
		id: row.id,
		country: row.country,
		cluster: row.cluster as VersionedContribution['cluster'],
		type: row.type as VersionedContribution['type'],
		title: row.title,
		date: row.date,
		organisationIds: authors.map((a) => a.organisation_id),
		...provenanceOf(row)
	};
}

function contributionColumns(c: ContributionCreate) {
	return {
		country: c.country,
		cluster: c.cluster,
		type: c.type,
		title: c.title,
		date: c.date,
		...provenanceColumns(c)
	};
}

async function writeAuthors(trx: Trx, id: number, c: ContributionCreate): Promise<void> {
	await deleteAuthors(trx, id);
	const rows = [...new Set(c.organisationIds)].map((organisation_id) => ({
		contribution_id: id,
		organisation_id
	}));
	if (rows.length > 0) await trx.insertInto('contribution_organisations').values(rows).execute();
}

export async function deleteAuthors(trx: Trx, id: number): Promise<void> {
	await trx.deleteFrom('contribution_organisations').where('contribution_id', '=', id).execute();
}

export async function insertContribution(trx: Trx, c: ContributionCreate): Promise<number> {
	const row = await trx
		.insertInto('contributions')
		.values(contributionColumns(c) as Insertable<Tables['contributions']>)
		.returning('id')
		.executeTakeFirstOrThrow();
	await writeAuthors(trx, row.id, c);
	return row.id;
}

export async function updateContribution(trx: Trx, c: VersionedContribution): Promise<number> {
	const result = await trx
		.updateTable('contributions')
		.set({ ...contributionColumns(c), version: c.version + 1 })
		.where('id', '=', c.id)
		.where('version', '=', c.version)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) await writeAuthors(trx, c.id, c);
	return Number(result.numUpdatedRows);
}

// Review steps

/** The key of a review step: its review and step code. */
export type ReviewStepKey = Pick<VersionedReviewStep, 'reviewId' | 'step'>;

export async function readReviewStep(
	trx: Trx,
	key: ReviewStepKey
): Promise<VersionedReviewStep | undefined> {
	const row = await trx
		.selectFrom('review_steps')
		.select(['review_id', 'step', 'status', 'started_on', 'completed_on', ...provenance])
		.where('review_id', '=', key.reviewId)
		.where('step', '=', key.step)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		reviewId: row.review_id,
		step: row.step as VersionedReviewStep['step'],
		status: row.status as VersionedReviewStep['status'],
		startedOn: row.started_on,
		completedOn: row.completed_on,
		...provenanceOf(row)
	};
}

export async function updateReviewStep(trx: Trx, s: VersionedReviewStep): Promise<number> {
	const result = await trx
		.updateTable('review_steps')
		.set({
			status: s.status,
			started_on: s.startedOn,
			completed_on: s.completedOn,
			...provenanceColumns(s),
			version: s.version + 1
		})
		.where('review_id', '=', s.reviewId)
		.where('step', '=', s.step)
		.where('version', '=', s.version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
