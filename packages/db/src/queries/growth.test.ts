import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { membershipGrowth } from './growth.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const grow = (filter: DashboardFilter) => membershipGrowth(db, filter, { today: fixtureToday });
const line = (m: { month: string; total: number; counts: number[] }) =>
	`${m.month.slice(0, 7)} ${m.total} ${m.counts.join(',')}`;

describe('membershipGrowth', () => {
	it("alliance=PAK runs from the first join to today's month, leavers removed", async () => {
		const g = await grow({ alliance: 'PAK' });
		expect(g.sectors).toEqual(['ngo', 'academia', 'think_tank', 'legal']);
		expect(g.months).toHaveLength(42);
		const lines = g.months.map(line);
		expect(lines[0]).toBe('2021-01 1 0,0,0,1');
		expect(
			lines.filter((l) => /^(2022-08|2022-09|2023-03|2023-06|2023-12|2024-01)/.test(l))
		).toEqual([
			'2022-08 1 0,0,0,1',
			'2022-09 3 1,1,0,1',
			'2023-03 4 1,1,1,1',
			'2023-06 5 1,2,1,1',
			'2023-12 5 1,2,1,1',
			'2024-01 4 1,2,0,1'
		]);
		// Legal left on today (2024-06-15) and media joins on 2024-07-01: neither is counted.
		expect(lines.at(-1)).toBe('2024-06 3 1,2,0,0');
		expect(g).toMatchObject({ synthetic: false, asOf: fixtureToday });
	});

	it('marks the pilot launch and COP11 inside the months shown, each with its source', async () => {
		const g = await grow({ alliance: 'PAK' });
		expect(g.milestones.map((m) => `${m.date} ${m.kind} ${m.alliance}`)).toEqual([
			'2022-09-15 pilot_launch PAK',
			'2022-10-17 cop_session null'
		]);
		expect(g.milestones[1]?.sourceUrl).toMatch(/^https:/);
	});

	it('from/to bound the months shown and the last month is counted on `to`', async () => {
		const g = await grow({ alliance: 'PAK', from: '2023-11-10', to: '2024-02-20' });
		expect(g.months.map(line)).toEqual([
			'2023-11 5 1,2,1,1',
			'2023-12 5 1,2,1,1',
			'2024-01 4 1,2,0,1',
			'2024-02 4 1,2,0,1'
		]);
		expect(g).toMatchObject({ milestones: [], asOf: '2024-02-20' });
	});

	it('starts at the first matching join when `from` is earlier, and stops at today', async () => {
		const g = await grow({ alliance: 'MEX', from: '2020-01-01', to: '2030-12-31' });
		expect(g.months[0]?.month).toBe('2022-01-01');
		expect(g.months.at(-1)?.month).toBe('2024-06-01');
		expect(g.asOf).toBe(fixtureToday);
		expect(g.sectors).toEqual(['ngo', 'youth']);
		expect(g.synthetic).toBe(true);
	});

	it('applies sectors, regions and themes to the members counted', async () => {
		const g = await grow({
			sectors: ['academia', 'think_tank'],
			regions: ['PK-SD'],
			themes: ['trafficking_in_persons', 'corruption']
		});
		expect(g.sectors).toEqual(['academia', 'think_tank']);
		expect(
			g.months.map(line).filter((l) => l.startsWith('2023') || l.startsWith('2024-0'))
		).toEqual([
			'2023-03 1 0,1',
			'2023-04 1 0,1',
			'2023-05 1 0,1',
			...['06', '07', '08', '09', '10', '11', '12'].map((m) => `2023-${m} 2 1,1`),
			...['01', '02', '03', '04', '05', '06'].map((m) => `2024-${m} 1 1,0`)
		]);
	});

	it('returns empty series, no milestones and no synthetic flag when nobody matches', async () => {
		expect(await grow({ sectors: ['labour'] })).toEqual({
			sectors: [],
			months: [],
			milestones: [],
			synthetic: false,
			asOf: fixtureToday
		});
	});
});
