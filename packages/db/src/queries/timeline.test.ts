import type { TimelineInput } from '@untoc-alliance/schema';
import type * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { engagementTimeline } from './timeline.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

type Input = Partial<z.output<typeof TimelineInput>>;
const timeline = (input: Input) => engagementTimeline(db, { interval: 'month', ...input });

/** [start, events, participants] of every bucket. */
async function shape(input: Input) {
	const t = await timeline(input);
	return t.buckets.map((b) => [b.start, b.events, b.participants]);
}

describe('engagementTimeline', () => {
	it('fills every month from the first to the last event, empty ones included', async () => {
		const t = await timeline({});
		expect(t.buckets.map((b) => b.start)).toHaveLength(12);
		expect(t.buckets.slice(0, 5).map((b) => [b.start, b.events, b.participants])).toEqual([
			['2022-09-01', 3, 50],
			['2022-10-01', 2, 112],
			['2022-11-01', 1, 6],
			['2022-12-01', 0, 0],
			['2023-01-01', 1, 10]
		]);
		expect(t.buckets.at(-1)).toMatchObject({ start: '2023-08-01', events: 1, participants: 4 });
		expect(t.totals).toEqual({ events: 8, participants: 182 });
		expect(t.synthetic).toBe(true);
	});

	it('splits a bucket by event type, in vocabulary order, types present only', async () => {
		const [september] = (await timeline({})).buckets;
		expect(september?.byType).toEqual([
			{ type: 'launch', events: 1, participants: 38 },
			{ type: 'consultation', events: 1, participants: 11 },
			{ type: 'training', events: 1, participants: 1 }
		]);
	});

	it('buckets by quarter with an empty quarter kept', async () => {
		expect(await shape({ interval: 'quarter' })).toEqual([
			['2022-07-01', 3, 50],
			['2022-10-01', 3, 118],
			['2023-01-01', 1, 10],
			['2023-04-01', 0, 0],
			['2023-07-01', 1, 4]
		]);
	});

	it('buckets by year', async () => {
		expect(await shape({ interval: 'year' })).toEqual([
			['2022-01-01', 6, 168],
			['2023-01-01', 2, 14]
		]);
	});

	it('alliance=PAK keeps its events and leaves out global ones', async () => {
		const t = await timeline({ alliance: 'PAK', interval: 'year' });
		expect(t.totals).toEqual({ events: 6, participants: 70 });
	});

	it('sectors=academia keeps events with academia and counts only academia participants', async () => {
		const t = await timeline({ sectors: ['academia'], interval: 'year' });
		expect(t.totals).toEqual({ events: 4, participants: 18 });
		expect(t.synthetic).toBe(false);
	});

	it('two sectors count an event with both once and add both sectors participants', async () => {
		const t = await timeline({ sectors: ['academia', 'ngo'] });
		expect(t.totals).toEqual({ events: 6, participants: 35 });
		expect(t.buckets[0]).toMatchObject({ start: '2022-09-01', events: 3, participants: 23 });
	});

	it('regions=PK-IS keeps events held in the region', async () => {
		expect(await shape({ regions: ['PK-IS'] })).toEqual([
			['2022-09-01', 1, 38],
			['2022-10-01', 0, 0],
			['2022-11-01', 0, 0],
			['2022-12-01', 0, 0],
			['2023-01-01', 1, 10]
		]);
	});

	it('themes=smuggling_of_migrants keeps events with the theme', async () => {
		expect(await shape({ themes: ['smuggling_of_migrants'] })).toEqual([
			['2022-09-01', 1, 11],
			['2022-10-01', 1, 12]
		]);
	});

	it('a period starting mid-month mixes partial and whole months', async () => {
		const t = await timeline({ from: '2022-09-16', to: '2022-10-31' });
		expect(t.buckets.map((b) => [b.start, b.events, b.participants])).toEqual([
			['2022-09-01', 2, 12],
			['2022-10-01', 2, 112]
		]);
	});

	it('a period with a sector filter uses only the sector participants', async () => {
		const t = await timeline({ from: '2022-09-16', to: '2023-01-31', sectors: ['academia'] });
		expect(t.totals).toEqual({ events: 2, participants: 9 });
		expect(t.buckets).toHaveLength(5);
	});

	it('combines alliance, sector and region', async () => {
		const t = await timeline({ alliance: 'PAK', sectors: ['ngo'], regions: ['PK-PB'] });
		expect(t).toMatchObject({ totals: { events: 1, participants: 1 }, synthetic: true });
	});

	it('combines alliance and sector on the rollup path', async () => {
		expect(await shape({ alliance: 'MEX', sectors: ['youth'] })).toEqual([['2022-10-01', 1, 12]]);
	});

	it('returns no buckets for a period without events', async () => {
		const t = await timeline({ from: '2021-01-01', to: '2021-12-31' });
		expect(t).toEqual({
			interval: 'month',
			buckets: [],
			totals: { events: 0, participants: 0 },
			synthetic: false
		});
	});
});
