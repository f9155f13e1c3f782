import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import type { Dataset } from '../dataset.ts';
import { fixtureDataset } from '../testing/fixture.ts';
import { openDataset } from '../testing/open-dataset.ts';
import { activityCap } from './member-activity.ts';
import { memberDetail } from './member-detail.ts';

function at<TItem>(items: readonly TItem[], index: number): TItem {
	const item = items[index];
	if (item === undefined) throw new Error(`no item ${index}`);
	return item;
}

/** The fixture plus: a second delegation of org 1 to event 1 and a second contribution by org 1. */
function dataset(): Dataset {
	const data = fixtureDataset();
	const first = at(data.participations, 0);
	data.participations.push({ ...first, id: 14, participants: 4 });
	data.contributions.push({
		id: 2,
		country: 'PAK',
		cluster: null,
		type: 'statement',
		title: 'Statement',
		date: '2024-01-10',
		organisationIds: [1, 3],
		verified: true,
		synthetic: false,
		sourceUrl: null
	});
	return data;
}

let db: Database;
beforeAll(async () => {
	db = await openDataset(dataset());
});
afterAll(() => db.close());

describe('memberDetail', () => {
	it('gives the membership with its organisation, regions and themes', async () => {
		expect(await memberDetail(db, { id: 1 })).toMatchObject({
			id: 1,
			organisationId: 1,
			name: 'Alpha Rights Forum',
			alliance: 'PAK',
			sector: 'ngo',
			role: 'member',
			regions: ['PK-IS', 'PK-PB'],
			themes: ['trafficking_in_persons', 'smuggling_of_migrants'],
			joinedOn: '2022-09-15',
			leftOn: null,
			synthetic: false,
			verified: true,
			sourceUrl: null
		});
	});

	it('lists events attended newest first, summing the participants of its delegations', async () => {
		const detail = await memberDetail(db, { id: 1 });
		expect(detail?.events).toEqual({
			total: 3,
			rows: [
				{ id: 3, title: 'Event 3', type: 'workshop', startDate: '2022-11-05', participants: 6 },
				{ id: 7, title: 'Event 7', type: 'training', startDate: '2022-09-30', participants: 1 },
				{ id: 1, title: 'Event 1', type: 'launch', startDate: '2022-09-15', participants: 14 }
			]
		});
	});

	it('lists contributions it co-authored, newest first', async () => {
		const detail = await memberDetail(db, { id: 1 });
		expect(detail?.contributions).toEqual({
			total: 2,
			rows: [
				{ id: 2, title: 'Statement', type: 'statement', date: '2024-01-10', cluster: null },
				{ id: 1, title: 'Report', type: 'parallel_report', date: '2023-04-01', cluster: 1 }
			]
		});
	});

	it('gives a former, synthetic or inactive member with empty lists', async () => {
		expect(await memberDetail(db, { id: 3 })).toMatchObject({
			leftOn: '2024-01-31',
			events: { total: 1, rows: [{ id: 4, participants: 8 }] },
			contributions: { total: 1, rows: [{ id: 2 }] }
		});
		expect(await memberDetail(db, { id: 8 })).toMatchObject({
			regions: [],
			synthetic: true,
			verified: false,
			events: { total: 0, rows: [] },
			contributions: { total: 0, rows: [] }
		});
	});

	it('returns undefined for an unknown membership id', async () => {
		expect(await memberDetail(db, { id: 999 })).toBeUndefined();
	});
});

describe('memberDetail with more events than the cap', () => {
	it(`returns the newest ${activityCap} events and the total of all`, async () => {
		const data = fixtureDataset();
		const template = at(data.events, 2);
		for (let i = 0; i < 250; i++) {
			const id = 100 + i;
			const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
			data.events.push({ ...template, id, title: `Extra ${id}`, startDate: day });
			data.participations.push({ ...at(data.participations, 0), id, eventId: id });
		}
		const many = await openDataset(data);
		const detail = await memberDetail(many, { id: 1 });
		await many.close();
		expect(detail?.events.total).toBe(253);
		expect(detail?.events.rows).toHaveLength(activityCap);
		expect(detail?.events.rows.slice(0, 3).map((e) => e.id)).toEqual([3, 7, 1]);
		expect(detail?.events.rows.at(-1)?.id).toBe(100 + 250 - 197);
	});
});
