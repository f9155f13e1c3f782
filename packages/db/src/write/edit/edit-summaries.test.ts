/**
 * The summary tables after a sequence of random edits (participations added, changed, moved and
 * deleted, events changed and created, memberships moved) equal the direct aggregates of the raw
 * rows and a full `rebuildSummaries`.
 */
import type { VersionedEvent } from '@untoc-alliance/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../database.ts';
import { canonical, directAggregates, storedAggregates } from '../../testing/direct-aggregates.ts';
import { openFixture } from '../../testing/open-fixture.ts';
import { rebuildSummaries } from '../rebuild-summaries.ts';
import { edits } from './edit.ts';
import { EditInvalid } from './errors.ts';

const editor = { userId: null, at: new Date('2026-11-28T10:00:00.000Z') };
const provenance = { verified: false, synthetic: false, sourceUrl: null };

let db: Database;
beforeEach(async () => {
	db = await openFixture();
});
afterEach(() => db.close());

async function auditRows() {
	return db.kysely.selectFrom('audit_log').select('id').execute();
}

const summaryTables = [
	'event_facts',
	'event_sector_facts',
	'event_side_facts',
	'timeline_rollup',
	'timeline_mask_rollup',
	'timeline_sector_rollup',
	'member_facts',
	'organisation_event_facts',
	'organisation_year_rollup'
] as const;

async function summaries(): Promise<Record<string, string[]>> {
	const tables: Record<string, object[]> = {};
	for (const table of summaryTables)
		tables[table] = await db.kysely.selectFrom(table).selectAll().execute();
	return canonical(tables);
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('summary tables after random edits', () => {
	it.each([1, 2, 3])('equal a full rebuild and the direct aggregates (seed %i)', async (seed) => {
		const next = random(seed);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
		const types = ['launch', 'workshop', 'conference', 'roundtable'] as const;
		const sectors = ['ngo', 'academia', 'media', 'youth'] as const;
		for (let step = 0; step < 40; step += 1) {
			const eventIds = (await db.kysely.selectFrom('events').select('id').execute()).map(
				(e) => e.id
			);
			const parts = await db.kysely.selectFrom('participations').select('id').execute();
			const organisationIds = [1, 2, 3, 4, 5, 6, 7, 8];
			const civil = next() < 0.6;
			const people = {
				side: civil ? ('civil_society' as const) : pick(['government', 'international'] as const),
				sector: civil ? pick(sectors) : null,
				participants: Math.floor(next() * 20),
				organiser: next() < 0.2,
				organisationId: next() < 0.8 ? pick(organisationIds) : null
			};
			const action = next();
			if (action < 0.3 || parts.length === 0) {
				await edits.participations.create(db, editor, {
					eventId: pick(eventIds),
					...people,
					...provenance,
					synthetic: next() < 0.2
				});
			} else if (action < 0.55) {
				const id = pick(parts).id;
				const current = await db.kysely
					.selectFrom('participations')
					.select('version')
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				await edits.participations.update(db, editor, {
					id,
					eventId: pick(eventIds),
					...people,
					...provenance,
					version: current.version
				});
			} else if (action < 0.65) {
				const id = pick(parts).id;
				const { version } = await db.kysely
					.selectFrom('participations')
					.select('version')
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				await edits.participations.delete(db, editor, { id, version });
			} else if (action < 0.85) {
				const id = pick(eventIds);
				const event = await db.kysely
					.selectFrom('events')
					.select('version')
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				const changed: VersionedEvent = {
					id,
					version: event.version,
					alliance: pick(['PAK', 'MEX', null] as const),
					type: pick(types),
					title: `Edited ${step}`,
					startDate: `202${Math.floor(next() * 4)}-0${1 + Math.floor(next() * 9)}-15`,
					endDate: null,
					format: 'online',
					city: null,
					country: null,
					region: null,
					clusters: [],
					themes: next() < 0.5 ? ['drugs'] : ['firearms', 'money_laundering'],
					participantsReported: null,
					...provenance,
					synthetic: next() < 0.3
				};
				await edits.events.update(db, editor, changed);
			} else if (action < 0.92) {
				await edits.events.create(db, editor, {
					alliance: pick(['PAK', 'MEX', null] as const),
					type: pick(types),
					title: `New ${step}`,
					startDate: '2023-03-03',
					endDate: null,
					format: 'hybrid',
					city: null,
					country: null,
					region: null,
					clusters: [1],
					themes: ['drugs'],
					participantsReported: 10,
					...provenance
				});
			} else {
				const id = pick([1, 2, 3, 4, 5, 6, 7, 8]);
				const m = await db.kysely
					.selectFrom('memberships')
					.select('version')
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				const moved = edits.memberships.update(db, editor, {
					id,
					version: m.version,
					alliance: pick(['PAK', 'MEX'] as const),
					organisationId: pick(organisationIds),
					role: 'member',
					joinedOn: '2021-01-01',
					leftOn: next() < 0.5 ? null : '2024-01-01',
					regions: [],
					themes: next() < 0.5 ? ['drugs'] : [],
					...provenance
				});
				// Moving onto an existing membership's alliance and organisation is refused.
				await moved.catch((e: unknown) => expect(e).toBeInstanceOf(EditInvalid));
			}
		}
		expect((await auditRows()).length).toBeGreaterThan(30);
		const stored = await summaries();
		expect(canonical(await storedAggregates(db))).toEqual(canonical(await directAggregates(db)));
		await db.write(async (trx) => {
			await rebuildSummaries(trx);
		});
		expect(stored).toEqual(await summaries());
	});
});
