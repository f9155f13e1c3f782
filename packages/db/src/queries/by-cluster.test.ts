import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureDataset } from '../testing/fixture.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { engagementByCluster } from './by-cluster.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

let db: Database;
beforeAll(async () => {
	const dataset = fixtureDataset();
	const clusters: Record<number, (1 | 2 | 3 | 4)[]> = { 1: [1, 2], 3: [1], 5: [4] };
	dataset.events = dataset.events.map((e) => ({ ...e, clusters: clusters[e.id] ?? [] }));
	db = await openTestDatabase();
	await loadDataset(db, dataset);
});
afterAll(() => db.close());

describe('engagementByCluster', () => {
	it('counts an event serving two clusters in both, and events with no cluster as none', async () => {
		expect(await engagementByCluster(db, {})).toEqual({
			clusters: [
				{ cluster: 1, events: 2, participants: 44 },
				{ cluster: 2, events: 1, participants: 38 },
				{ cluster: 3, events: 0, participants: 0 },
				{ cluster: 4, events: 1, participants: 12 },
				{ cluster: 'none', events: 5, participants: 126 }
			],
			synthetic: true
		});
	});

	it('keeps events a filtered sector took part in and counts only its participants', async () => {
		const result = await engagementByCluster(db, { sectors: ['ngo'] });
		expect(result.clusters).toEqual([
			{ cluster: 1, events: 2, participants: 16 },
			{ cluster: 2, events: 1, participants: 10 },
			{ cluster: 3, events: 0, participants: 0 },
			{ cluster: 4, events: 0, participants: 0 },
			{ cluster: 'none', events: 1, participants: 1 }
		]);
	});

	it('applies alliance and period, and leaves out none when every event has a cluster', async () => {
		const september = { alliance: 'PAK', from: '2022-09-01', to: '2022-09-30' };
		expect((await engagementByCluster(db, september)).clusters.at(-1)).toEqual({
			cluster: 'none',
			events: 2,
			participants: 12
		});
		const cop = await engagementByCluster(db, { alliance: 'MEX' });
		expect(cop.clusters.map((c) => [c.cluster, c.events])).toEqual([
			[1, 0],
			[2, 0],
			[3, 0],
			[4, 1]
		]);
		expect(cop.synthetic).toBe(false);
	});
});
