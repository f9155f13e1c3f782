/**
 * Writes an import plan inside the caller's transaction: inserts in batches of multi-row INSERTs
 * (portable, and well under the bound-parameter limits of SQLite and PostgreSQL), updates row by
 * row with `version = version + 1`, and replaces the join-table lists of updated rows. Reports
 * progress after every batch.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';
import type { MembersPlan, PlannedMembership } from './plan-members.ts';
import type { EventsPlan, PlannedEvent } from './plan-events.ts';

/** Rows per multi-row INSERT. */
const batchSize = 400;

type Trx = Kysely<Tables>;

/** Counts written rows and reports the fraction done. */
export interface WriteProgress {
	add(rows: number): Promise<void>;
}

async function inBatches<T>(
	rows: readonly T[],
	progress: WriteProgress,
	write: (batch: T[]) => Promise<unknown>
): Promise<void> {
	for (let i = 0; i < rows.length; i += batchSize) {
		const batch = rows.slice(i, i + batchSize);
		await write(batch);
		await progress.add(batch.length);
	}
}

async function insertLists(
	trx: Trx,
	table: 'membership_regions' | 'membership_themes' | 'event_clusters' | 'event_themes',
	rows: { owner: number; value: string | number }[]
): Promise<void> {
	for (let i = 0; i < rows.length; i += batchSize) {
		const batch = rows.slice(i, i + batchSize);
		if (table === 'membership_regions' || table === 'membership_themes') {
			const column = table === 'membership_regions' ? 'region' : 'theme';
			await trx
				.insertInto(table)
				.values(batch.map((r) => ({ membership_id: r.owner, [column]: String(r.value) }) as never))
				.execute();
		} else {
			const column = table === 'event_clusters' ? 'cluster' : 'theme';
			await trx
				.insertInto(table)
				.values(batch.map((r) => ({ event_id: r.owner, [column]: r.value }) as never))
				.execute();
		}
	}
}

function listRows<T extends { id: number }>(
	rows: readonly T[],
	list: (row: T) => readonly (string | number)[]
): { owner: number; value: string | number }[] {
	return rows.flatMap((row) => [...new Set(list(row))].map((value) => ({ owner: row.id, value })));
}

async function writeMemberships(
	trx: Trx,
	plan: MembersPlan,
	progress: WriteProgress
): Promise<void> {
	const row = (m: PlannedMembership) => ({ id: m.id, ...m.values });
	await inBatches(plan.createMemberships, progress, (batch) =>
		trx.insertInto('memberships').values(batch.map(row)).execute()
	);
	const ids = plan.updateMemberships.map((m) => m.id);
	for (let i = 0; i < ids.length; i += batchSize) {
		const batch = ids.slice(i, i + batchSize);
		await trx.deleteFrom('membership_regions').where('membership_id', 'in', batch).execute();
		await trx.deleteFrom('membership_themes').where('membership_id', 'in', batch).execute();
	}
	await inBatches(plan.updateMemberships, progress, async (batch) => {
		for (const m of batch) {
			await trx
				.updateTable('memberships')
				.set((eb) => ({ ...m.values, version: eb('version', '+', 1) }))
				.where('id', '=', m.id)
				.execute();
		}
	});
	const all = [...plan.createMemberships, ...plan.updateMemberships];
	await insertLists(
		trx,
		'membership_regions',
		listRows(all, (m) => m.regions)
	);
	await insertLists(
		trx,
		'membership_themes',
		listRows(all, (m) => m.themes)
	);
}

/** Writes a members plan: organisations first (memberships reference them). */
export async function writeMembersPlan(
	trx: Trx,
	plan: MembersPlan,
	progress: WriteProgress
): Promise<void> {
	await inBatches(plan.createOrganisations, progress, (batch) =>
		trx.insertInto('organisations').values(batch).execute()
	);
	await inBatches(plan.updateOrganisations, progress, async (batch) => {
		for (const { id, ...values } of batch) {
			await trx
				.updateTable('organisations')
				.set((eb) => ({ ...values, version: eb('version', '+', 1) }))
				.where('id', '=', id)
				.execute();
		}
	});
	await writeMemberships(trx, plan, progress);
}

/** Writes an events plan. */
export async function writeEventsPlan(
	trx: Trx,
	plan: EventsPlan,
	progress: WriteProgress
): Promise<void> {
	const row = (e: PlannedEvent) => ({ id: e.id, ...e.values });
	await inBatches(plan.createEvents, progress, (batch) =>
		trx.insertInto('events').values(batch.map(row)).execute()
	);
	const ids = plan.updateEvents.map((e) => e.id);
	for (let i = 0; i < ids.length; i += batchSize) {
		const batch = ids.slice(i, i + batchSize);
		await trx.deleteFrom('event_clusters').where('event_id', 'in', batch).execute();
		await trx.deleteFrom('event_themes').where('event_id', 'in', batch).execute();
	}
	await inBatches(plan.updateEvents, progress, async (batch) => {
		for (const e of batch) {
			await trx
				.updateTable('events')
				.set((eb) => ({ ...e.values, version: eb('version', '+', 1) }))
				.where('id', '=', e.id)
				.execute();
		}
	});
	const all = [...plan.createEvents, ...plan.updateEvents];
	await insertLists(
		trx,
		'event_clusters',
		listRows(all, (e) => e.clusters)
	);
	await insertLists(
		trx,
		'event_themes',
		listRows(all, (e) => e.themes)
	);
}
