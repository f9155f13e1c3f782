import type { Participation } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { engagementTimeline } from '../queries/timeline.ts';
import { canonical, directAggregates, storedAggregates } from '../testing/direct-aggregates.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { addParticipation } from './add-participation.ts';
import { dataVersion } from './data-version.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const base = { organiser: false, verified: false, synthetic: false, sourceUrl: null };
const adds: Omit<Participation, 'id'>[] = [
	// event 3 gains its first academia participant: its sector set changes
	{
		...base,
		eventId: 3,
		organisationId: 2,
		side: 'civil_society',
		sector: 'academia',
		participants: 4
	},
	// event 1 gains more ngo people: same sector set
	{ ...base, eventId: 1, organisationId: 1, side: 'civil_society', sector: 'ngo', participants: 2 },
	// a government delegation at the global event
	{ ...base, eventId: 6, organisationId: null, side: 'government', sector: null, participants: 9 },
	// a synthetic row turns event 4 synthetic
	{
		...base,
		eventId: 4,
		organisationId: 6,
		side: 'civil_society',
		sector: 'academia',
		participants: 1,
		synthetic: true
	},
	// event 8 gains a new sector and is marked synthetic at once
	{
		...base,
		eventId: 8,
		organisationId: 1,
		side: 'civil_society',
		sector: 'ngo',
		participants: 3,
		synthetic: true
	}
];

describe('addParticipation', () => {
	it('returns the row with its new id and bumps the data version each time', async () => {
		const before = await dataVersion(db);
		const first = adds[0];
		if (!first) throw new Error('no fixture');
		const row = await addParticipation(db, first);
		expect(row).toEqual({ ...first, id: 14 });
		expect(await dataVersion(db)).toBe(before + 1);
	});

	it('keeps every summary equal to the aggregates of the raw rows after several adds', async () => {
		for (const p of adds.slice(1)) await addParticipation(db, p);
		expect(canonical(await storedAggregates(db))).toEqual(canonical(await directAggregates(db)));
	});

	it('shows the new participants in the timeline at once', async () => {
		const t = await engagementTimeline(db, { interval: 'year', sectors: ['academia'] });
		expect(t.totals).toEqual({ events: 5, participants: 23 });
		expect(t.synthetic).toBe(true);
	});

	it('rejects a participation of an unknown event and changes nothing', async () => {
		const before = await dataVersion(db);
		const p = {
			...base,
			eventId: 999,
			organisationId: null,
			side: 'government' as const,
			sector: null,
			participants: 1
		};
		await expect(addParticipation(db, p)).rejects.toThrow('No event 999');
		expect(await dataVersion(db)).toBe(before);
	});
});
