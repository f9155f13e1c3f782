import { describe, expect, test } from 'vitest';
import { SectorThemeMatrix } from './alliance-matrix.ts';

describe('SectorThemeMatrix', () => {
	const matrix = {
		cells: [{ sector: 'ngo', theme: 'drugs', count: 2 }],
		rows: [{ sector: 'ngo', total: 2 }],
		columns: [{ theme: 'drugs', total: 2 }],
		total: 2,
		withoutTheme: 0,
		synthetic: false,
		asOf: '2024-06-15',
		suppressedBelow: null
	};

	test('parses cells with row and column totals', () => {
		expect(SectorThemeMatrix.parse(matrix)).toEqual(matrix);
	});

	test('rejects a cell with an unknown theme', () => {
		const cells = [{ sector: 'ngo', theme: 'piracy', count: 1 }];
		expect(SectorThemeMatrix.safeParse({ ...matrix, cells }).success).toBe(false);
	});
});
