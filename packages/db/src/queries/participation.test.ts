import type { TimelineInput } from '@untoc-alliance/schema';
import type * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { addParticipation } from '../write/add-participation.ts';
import { engagementParticipation } from './participation.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

type Input = Partial<z.output<typeof TimelineInput>>;
const participation = (input: Input) => engagementParticipation(db, { interval: 'year', ...input });

describe('engagementParticipation', () => {
	it('counts participants per year by sector and by side, every side in full', async () => {
		const p = await participation({});
		expect(p.buckets).toEqual([
			{
				start: '2022-01-01',
				events: 6,
				bySector: [
					{ sector: 'ngo', participants: 17 },
					{ sector: 'academia', participants: 12 },
					{ sector: 'youth', participants: 12 }
				],
				bySide: [
					{ side: 'government', participants: 24 },
					{ side: 'civil_society', participants: 41 },
					{ side: 'international', participants: 103 }
				]
			},
			{
				start: '2023-01-01',
				events: 2,
				bySector: [
					{ sector: 'academia', participants: 6 },
					{ sector: 'think_tank', participants: 8 }
				],
				bySide: [{ side: 'civil_society', participants: 14 }]
			}
		]);
		expect(p.synthetic).toBe(true);
	});

	it('gives per event type the share of events all three sides took part in', async () => {
		const p = await participation({});
		expect(p.byType).toEqual([
			{ type: 'launch', events: 1, trilateral: 1, share: 1 },
			{ type: 'consultation', events: 1, trilateral: 0, share: 0 },
			{ type: 'workshop', events: 2, trilateral: 0, share: 0 },
			{ type: 'training', events: 1, trilateral: 0, share: 0 },
			{ type: 'conference', events: 1, trilateral: 0, share: 0 },
			{ type: 'roundtable', events: 1, trilateral: 0, share: 0 },
			{ type: 'plenary', events: 1, trilateral: 0, share: 0 }
		]);
	});

	it('keeps events a filtered sector took part in and counts only that sector as civil society', async () => {
		const p = await participation({ alliance: 'PAK', sectors: ['academia'] });
		expect(p.buckets).toEqual([
			{
				start: '2022-01-01',
				events: 2,
				bySector: [{ sector: 'academia', participants: 12 }],
				bySide: [
					{ side: 'government', participants: 24 },
					{ side: 'civil_society', participants: 12 },
					{ side: 'international', participants: 3 }
				]
			},
			{
				start: '2023-01-01',
				events: 2,
				bySector: [{ sector: 'academia', participants: 6 }],
				bySide: [{ side: 'civil_society', participants: 6 }]
			}
		]);
		expect(p.byType.map((t) => [t.type, t.events])).toEqual([
			['launch', 1],
			['consultation', 1],
			['workshop', 1],
			['roundtable', 1]
		]);
		expect(p.synthetic).toBe(false);
	});

	it('applies region and period and fills the empty months between events', async () => {
		const p = await participation({
			interval: 'month',
			regions: ['PK-IS'],
			from: '2022-01-01',
			to: '2023-01-31'
		});
		expect(p.buckets.map((b) => [b.start, b.events])).toEqual([
			['2022-09-01', 1],
			['2022-10-01', 0],
			['2022-11-01', 0],
			['2022-12-01', 0],
			['2023-01-01', 1]
		]);
		expect(p.buckets[4]?.bySide).toEqual([{ side: 'civil_society', participants: 10 }]);
	});

	it('answers no buckets and no types for a period with no events', async () => {
		const p = await participation({ from: '2030-01-01', to: '2030-12-31' });
		expect(p).toEqual({ interval: 'year', buckets: [], byType: [], synthetic: false });
	});

	it('makes a workshop trilateral once government and international join it', async () => {
		const base = { organisationId: null, sector: null, organiser: false, verified: false };
		const more = { synthetic: false, sourceUrl: null, eventId: 3 };
		await addParticipation(db, { ...base, ...more, side: 'government', participants: 2 });
		await addParticipation(db, { ...base, ...more, side: 'international', participants: 0 });
		const p = await participation({ from: '2022-11-01', to: '2022-11-30' });
		expect(p.byType).toEqual([{ type: 'workshop', events: 1, trilateral: 1, share: 1 }]);
		expect(p.buckets[0]?.bySide).toEqual([
			{ side: 'government', participants: 2 },
			{ side: 'civil_society', participants: 6 },
			{ side: 'international', participants: 0 }
		]);
	});
});
