import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { eventDetail } from './event-detail.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

describe('eventDetail on the hand-made fixture', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());

	it('lists every participation by side and name, with the membership of the alliance', async () => {
		const e = await eventDetail(db, { id: 1 });
		expect(e).toMatchObject({ id: 1, themes: ['trafficking_in_persons'], participants: 38 });
		expect(e?.participations).toEqual([
			{
				organisationId: null,
				membershipId: null,
				name: null,
				side: 'government',
				sector: null,
				participants: 20,
				organiser: false
			},
			{
				organisationId: 1,
				membershipId: 1,
				name: 'Alpha Rights Forum',
				side: 'civil_society',
				sector: 'ngo',
				participants: 10,
				organiser: false
			},
			{
				organisationId: 2,
				membershipId: 2,
				name: 'Beta University',
				side: 'civil_society',
				sector: 'academia',
				participants: 5,
				organiser: false
			},
			{
				organisationId: null,
				membershipId: null,
				name: null,
				side: 'international',
				sector: null,
				participants: 3,
				organiser: false
			}
		]);
	});

	it('answers undefined for an unknown event', async () => {
		expect(await eventDetail(db, { id: 999 })).toBeUndefined();
	});
});

describe('eventDetail at the demo seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'demo' }, { today: '2026-11-28' });
	});
	afterAll(() => db.close());

	it('sums to the raw participations of every event, organisers first', async () => {
		const events = await db.kysely.selectFrom('events').select('id').execute();
		for (const { id } of events) {
			const e = await eventDetail(db, { id });
			const raw = await db.kysely
				.selectFrom('participations')
				.select(['organisation_id', 'participants', 'organiser'])
				.where('event_id', '=', id)
				.execute();
			const total = raw.reduce((n, p) => n + p.participants, 0);
			expect([id, e?.participations.reduce((n, p) => n + p.participants, 0)]).toEqual([id, total]);
			expect(e?.participants).toBe(total);
			const organisers = e?.participations.filter((p) => p.organiser).length ?? 0;
			expect(e?.participations.slice(0, organisers).every((p) => p.organiser)).toBe(true);
			const orgs = new Set(
				raw.flatMap((p) => (p.organisation_id === null ? [] : [p.organisation_id]))
			);
			expect(e?.participations.filter((p) => p.organisationId !== null).length).toBe(orgs.size);
		}
	});
});
