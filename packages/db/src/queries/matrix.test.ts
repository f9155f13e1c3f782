import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { fixtureDataset, fixtureToday } from '../testing/fixture.ts';
import { openDataset } from '../testing/open-dataset.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { sectorThemeMatrix } from './matrix.ts';

let db: Database;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const matrix = (filter: DashboardFilter) => sectorThemeMatrix(db, filter, { today: fixtureToday });
const cellsOf = (m: { cells: { sector: string; theme: string; count: number }[] }) =>
	m.cells.map((c) => `${c.sector}×${c.theme}=${c.count}`);

describe('sectorThemeMatrix', () => {
	it('counts current members in every theme they work on, with distinct row totals', async () => {
		const m = await matrix({});
		expect(cellsOf(m)).toEqual([
			'academia×trafficking_in_persons=1',
			'academia×cybercrime=1',
			'academia×drugs=1',
			'ngo×trafficking_in_persons=2',
			'ngo×smuggling_of_migrants=1',
			'youth×smuggling_of_migrants=1'
		]);
		expect(m.rows).toEqual([
			{ sector: 'academia', total: 2 },
			{ sector: 'ngo', total: 2 },
			{ sector: 'youth', total: 1 }
		]);
		expect(m.columns).toEqual([
			{ theme: 'trafficking_in_persons', total: 3 },
			{ theme: 'smuggling_of_migrants', total: 2 },
			{ theme: 'cybercrime', total: 1 },
			{ theme: 'drugs', total: 1 }
		]);
		expect(m).toMatchObject({ total: 5, withoutTheme: 0, synthetic: true, asOf: fixtureToday });
	});

	it('combines sectors, regions, themes and a period, showing only the filtered themes', async () => {
		const m = await matrix({
			sectors: ['academia', 'think_tank'],
			regions: ['PK-SD'],
			themes: ['trafficking_in_persons', 'corruption', 'money_laundering'],
			from: '2023-01-01',
			to: '2023-12-31'
		});
		expect(cellsOf(m)).toEqual([
			'academia×trafficking_in_persons=1',
			'think_tank×corruption=1',
			'think_tank×money_laundering=1'
		]);
		expect(m.rows).toEqual([
			{ sector: 'academia', total: 1 },
			{ sector: 'think_tank', total: 1 }
		]);
		expect(m.columns.map((c) => `${c.theme}=${c.total}`)).toEqual([
			'corruption=1',
			'money_laundering=1',
			'trafficking_in_persons=1'
		]);
		expect(m).toMatchObject({ total: 2, withoutTheme: 0, synthetic: false });
	});

	it('alliance=MEX holds the synthetic member and flags it', async () => {
		const m = await matrix({ alliance: 'MEX' });
		expect(cellsOf(m)).toEqual(['ngo×trafficking_in_persons=1', 'youth×smuggling_of_migrants=1']);
		expect(m.synthetic).toBe(true);
	});

	it('returns no cells and zero totals when nothing matches', async () => {
		expect(await matrix({ sectors: ['labour'] })).toEqual({
			cells: [],
			rows: [],
			columns: [],
			total: 0,
			withoutTheme: 0,
			synthetic: false,
			asOf: fixtureToday
		});
	});

	it('counts a member without a theme in withoutTheme, in no cell and no row', async () => {
		const dataset = fixtureDataset();
		dataset.memberships = dataset.memberships.map((m) => (m.id === 2 ? { ...m, themes: [] } : m));
		const other = await openDataset(dataset);
		const m = await sectorThemeMatrix(other, { sectors: ['academia'] }, { today: fixtureToday });
		await other.close();
		expect(cellsOf(m)).toEqual(['academia×drugs=1', 'academia×trafficking_in_persons=1']);
		expect(m).toMatchObject({
			rows: [{ sector: 'academia', total: 1 }],
			total: 1,
			withoutTheme: 1
		});
	});
});
