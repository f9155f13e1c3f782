import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureToday } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { allianceComposition } from './composition.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const compose = (filter: DashboardFilter) =>
	allianceComposition(db, filter, { today: fixtureToday });

describe('allianceComposition', () => {
	it('counts current members only without a period (left today or joining later are out)', async () => {
		expect(await compose({})).toEqual({
			total: 5,
			bySector: [
				{ sector: 'academia', count: 2 },
				{ sector: 'ngo', count: 2 },
				{ sector: 'youth', count: 1 }
			],
			byRegion: [
				{ region: 'PK-PB', count: 3 },
				{ region: 'MX-CMX', count: 1 },
				{ region: 'PK-IS', count: 1 },
				{ region: 'PK-SD', count: 1 }
			],
			byTheme: [
				{ theme: 'trafficking_in_persons', count: 3 },
				{ theme: 'smuggling_of_migrants', count: 2 },
				{ theme: 'cybercrime', count: 1 },
				{ theme: 'drugs', count: 1 }
			],
			synthetic: true,
			asOf: fixtureToday
		});
	});

	it('alliance=PAK keeps that alliance and reports no synthetic rows', async () => {
		const c = await compose({ alliance: 'PAK' });
		expect(c.total).toBe(3);
		expect(c.bySector).toEqual([
			{ sector: 'academia', count: 2 },
			{ sector: 'ngo', count: 1 }
		]);
		expect(c.synthetic).toBe(false);
	});

	it('sectors=academia holds academia alone and counts all its regions and themes', async () => {
		const c = await compose({ sectors: ['academia'] });
		expect(c.total).toBe(2);
		expect(c.bySector).toEqual([{ sector: 'academia', count: 2 }]);
		expect(c.byRegion).toEqual([
			{ region: 'PK-PB', count: 2 },
			{ region: 'PK-SD', count: 1 }
		]);
		expect(c.byTheme.map((t) => t.theme)).toEqual([
			'cybercrime',
			'drugs',
			'trafficking_in_persons'
		]);
	});

	it('regions=PK-SD lists only the filtered region', async () => {
		const c = await compose({ regions: ['PK-SD'] });
		expect(c.total).toBe(1);
		expect(c.byRegion).toEqual([{ region: 'PK-SD', count: 1 }]);
	});

	it('themes=trafficking_in_persons lists only that theme and counts any overlap', async () => {
		const c = await compose({ themes: ['trafficking_in_persons'] });
		expect(c.total).toBe(3);
		expect(c.byTheme).toEqual([{ theme: 'trafficking_in_persons', count: 3 }]);
		expect(c.bySector).toEqual([
			{ sector: 'ngo', count: 2 },
			{ sector: 'academia', count: 1 }
		]);
	});

	it.each([
		{ name: 'a closed period', filter: { from: '2024-01-01', to: '2024-03-31' }, total: 7 },
		{ name: 'a period with only from', filter: { from: '2024-02-01' }, total: 7 },
		{ name: 'a period with only to', filter: { to: '2022-12-31' }, total: 4 }
	])('$name counts memberships overlapping it', async ({ filter, total }) => {
		expect((await compose(filter)).total).toBe(total);
	});

	it('combines alliance, sectors, themes and period (every field must match)', async () => {
		const c = await compose({
			alliance: 'PAK',
			sectors: ['academia', 'ngo'],
			themes: ['trafficking_in_persons'],
			from: '2023-01-01'
		});
		expect(c.total).toBe(2);
		expect(c.byTheme).toEqual([{ theme: 'trafficking_in_persons', count: 2 }]);
	});

	it('combines region and sector', async () => {
		const c = await compose({ regions: ['PK-PB'], sectors: ['ngo'] });
		expect(c).toMatchObject({ total: 1, byRegion: [{ region: 'PK-PB', count: 1 }] });
	});

	it('returns zero counts and empty lists when nothing matches', async () => {
		const c = await compose({ sectors: ['labour'] });
		expect(c).toMatchObject({
			total: 0,
			bySector: [],
			byRegion: [],
			byTheme: [],
			synthetic: false
		});
	});
});
