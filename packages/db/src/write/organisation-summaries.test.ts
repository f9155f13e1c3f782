import type { Participation } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { engagementMembers } from '../queries/member-engagement.ts';
import { engagementNetwork } from '../queries/network.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { addParticipation } from './add-participation.ts';
import { rebuildSummaries } from './rebuild-summaries.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

async function snapshot() {
	const [facts, years] = await Promise.all([
		db.kysely
			.selectFrom('organisation_event_facts')
			.selectAll()
			.orderBy('organisation_id')
			.orderBy('event_id')
			.execute(),
		db.kysely
			.selectFrom('organisation_year_rollup')
			.selectAll()
			.orderBy('scope')
			.orderBy('organisation_id')
			.orderBy('year')
			.execute()
	]);
	return { facts, years };
}

const base = { organiser: false, verified: false, synthetic: false, sourceUrl: null };
const civil = { ...base, side: 'civil_society' as const };
const adds: Omit<Participation, 'id'>[] = [
	// org 4 at its first event (a new organisation row and a new year row)
	{ ...civil, eventId: 8, organisationId: 4, sector: 'media', participants: 3 },
	// org 1 again at event 1: more people, no new event
	{ ...civil, eventId: 1, organisationId: 1, sector: 'ngo', participants: 2 },
	// org 2 at the global event: scope `*` only
	{ ...civil, eventId: 6, organisationId: 2, sector: 'academia', participants: 1 },
	// a delegation: no organisation row
	{ ...base, eventId: 4, organisationId: null, side: 'government', sector: null, participants: 5 },
	// org 7 at a PAK event in a year it had none
	{ ...civil, eventId: 4, organisationId: 7, sector: 'youth', participants: 2 }
];

describe('organisation summaries kept by addParticipation', () => {
	it('equal a fresh rebuild after several writes', async () => {
		const before = await snapshot();
		for (const p of adds) await addParticipation(db, p);
		const kept = await snapshot();
		expect(kept).not.toEqual(before);
		await db.write((trx) => rebuildSummaries(trx));
		expect(await snapshot()).toEqual(kept);
	});

	it('show the new events in the rankings at once', async () => {
		const today = { today: fixtureToday };
		const members = await engagementMembers(db, { alliance: 'PAK', limit: 10 }, today);
		expect(members.most.find((m) => m.id === 1)).toMatchObject({ events: 3, participants: 19 });
		expect(members.most.find((m) => m.id === 2)).toMatchObject({ events: 3, participants: 13 });
		const network = await engagementNetwork(db, { alliance: 'PAK', limit: 10 }, today);
		expect(network.nodes.find((n) => n.id === 7)).toMatchObject({ events: 1, membershipId: null });
		expect(network.links).toContainEqual({ source: 3, target: 7, shared: 1 });
	});
});
