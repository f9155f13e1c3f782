/** Incremental upkeep of the event summaries when one participation is added to an event. */
import type { Sector } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';

/** The summary row of the event the participation belongs to, before the change. */
export interface EventFact {
	event_id: number;
	alliance: string | null;
	month: string;
	type: string;
	sector_mask: number;
	synthetic: number;
}

/** What one new participation adds. */
export interface EventDelta {
	fact: EventFact;
	participants: number;
	sector: Sector | null;
	sectorBit: number;
	synthetic: boolean;
}

function scopesOf(fact: EventFact): string[] {
	return fact.alliance === null ? ['*'] : [fact.alliance, '*'];
}

async function updateEventRows(trx: Kysely<Tables>, d: EventDelta, mask: number): Promise<void> {
	const turnsSynthetic = d.synthetic && d.fact.synthetic === 0 ? 1 : 0;
	await trx
		.updateTable('event_facts')
		.set((eb) => ({
			participants: eb('participants', '+', d.participants),
			sector_mask: mask,
			synthetic: eb('synthetic', '+', turnsSynthetic)
		}))
		.where('event_id', '=', d.fact.event_id)
		.execute();
	for (const scope of scopesOf(d.fact))
		await trx
			.updateTable('timeline_rollup')
			.set((eb) => ({
				participants: eb('participants', '+', d.participants),
				synthetic_events: eb('synthetic_events', '+', turnsSynthetic)
			}))
			.where('scope', '=', scope)
			.where('month', '=', d.fact.month)
			.where('type', '=', d.fact.type)
			.execute();
}

async function updateSectorRows(trx: Kysely<Tables>, d: EventDelta, sector: Sector): Promise<void> {
	await trx
		.insertInto('event_sector_facts')
		.values({ event_id: d.fact.event_id, sector, participants: d.participants })
		.onConflict((oc) =>
			oc.columns(['event_id', 'sector']).doUpdateSet((eb) => ({
				participants: eb('event_sector_facts.participants', '+', d.participants)
			}))
		)
		.execute();
	for (const scope of scopesOf(d.fact))
		await trx
			.insertInto('timeline_sector_rollup')
			.values({
				scope,
				month: d.fact.month,
				type: d.fact.type,
				sector,
				participants: d.participants
			})
			.onConflict((oc) =>
				oc.columns(['scope', 'month', 'type', 'sector']).doUpdateSet((eb) => ({
					participants: eb('timeline_sector_rollup.participants', '+', d.participants)
				}))
			)
			.execute();
}

async function moveMask(trx: Kysely<Tables>, d: EventDelta, mask: number): Promise<void> {
	const { month, type } = d.fact;
	const wasSynthetic = d.fact.synthetic;
	const isSynthetic = d.synthetic ? 1 : wasSynthetic;
	for (const scope of scopesOf(d.fact)) {
		if (d.fact.sector_mask !== 0) {
			const old = { scope, month, type, sector_mask: d.fact.sector_mask };
			await trx
				.updateTable('timeline_mask_rollup')
				.set((eb) => ({
					events: eb('events', '-', 1),
					synthetic_events: eb('synthetic_events', '-', wasSynthetic)
				}))
				.where((eb) => eb.and(old))
				.execute();
			await trx
				.deleteFrom('timeline_mask_rollup')
				.where((eb) => eb.and(old))
				.where('events', '=', 0)
				.execute();
		}
		await trx
			.insertInto('timeline_mask_rollup')
			.values({ scope, month, type, sector_mask: mask, events: 1, synthetic_events: isSynthetic })
			.onConflict((oc) =>
				oc.columns(['scope', 'month', 'type', 'sector_mask']).doUpdateSet((eb) => ({
					events: eb('timeline_mask_rollup.events', '+', 1),
					synthetic_events: eb('timeline_mask_rollup.synthetic_events', '+', isSynthetic)
				}))
			)
			.execute();
	}
}

async function markMaskSynthetic(trx: Kysely<Tables>, d: EventDelta): Promise<void> {
	for (const scope of scopesOf(d.fact))
		await trx
			.updateTable('timeline_mask_rollup')
			.set((eb) => ({ synthetic_events: eb('synthetic_events', '+', 1) }))
			.where((eb) =>
				eb.and({ scope, month: d.fact.month, type: d.fact.type, sector_mask: d.fact.sector_mask })
			)
			.execute();
}

/** Applies one participation to event_facts, event_sector_facts and the timeline rollups. */
export async function updateEventSummaries(trx: Kysely<Tables>, d: EventDelta): Promise<void> {
	const mask = d.fact.sector_mask | d.sectorBit;
	await updateEventRows(trx, d, mask);
	if (d.sector !== null) await updateSectorRows(trx, d, d.sector);
	if (mask !== d.fact.sector_mask) await moveMask(trx, d, mask);
	else if (d.synthetic && d.fact.synthetic === 0 && mask !== 0) await markMaskSynthetic(trx, d);
}
