import { describe, expect, test } from 'vitest';
import { contrast, darkInk, layoutHeatmap, lightInk } from './heatmap.ts';

const counts: Record<string, number> = { 'ngo drugs': 10, 'ngo fraud': 0, 'media drugs': 5 };
const value = (r: string, c: string) => counts[`${r} ${c}`] ?? 0;

describe('layoutHeatmap', () => {
	test.each([
		{
			name: 'a cell per row and column, shaded by count, dark ink on light and white on dark',
			rows: ['ngo', 'media'],
			columns: ['drugs', 'fraud'],
			expected: [
				'ngo drugs 10 @200,96 200x30 rgb(8, 48, 107) #ffffff',
				'ngo fraud 0 @400,96 200x30 rgb(243, 248, 253) #1a1a1a',
				'media drugs 5 @200,126 200x30 rgb(143, 184, 222) #1a1a1a',
				'media fraud 0 @400,126 200x30 rgb(243, 248, 253) #1a1a1a'
			]
		},
		{ name: 'no columns, no cells', rows: ['ngo'], columns: [], expected: [] }
	])('$name', ({ rows, columns, expected }) => {
		const layout = layoutHeatmap({ rows, columns, value, width: 600 });
		expect(
			layout.cells.map(
				(c) =>
					`${c.row} ${c.column} ${c.count} @${c.x},${c.y} ${c.width}x${c.height} ${c.fill} ${c.ink}`
			)
		).toEqual(expected);
	});

	test('right to left: the first column rightmost, row labels right of the cells', () => {
		const layout = layoutHeatmap({
			rows: ['ngo'],
			columns: ['drugs', 'fraud'],
			value,
			width: 600,
			rtl: true
		});
		expect(layout.cells.map((c) => `${c.column}@${c.x}+${c.width}`)).toEqual([
			'drugs@200+200',
			'fraud@0+200'
		]);
		expect(layout.columnLabels.map((c) => c.x)).toEqual([300, 100]);
		expect([layout.rowLabelX, layout.headAngle]).toEqual([408, 40]);
	});

	test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
		'count %i of 10: the number has 4.5:1 contrast',
		(n) => {
			const layout = layoutHeatmap({
				rows: ['r'],
				columns: ['c', 'max'],
				value: (_, c) => (c === 'max' ? 10 : n),
				width: 600
			});
			const [cell] = layout.cells;
			expect(cell && contrast(cell.fill, cell.ink)).toBeGreaterThanOrEqual(4.5);
		}
	);
});

test.each([
	{ a: '#ffffff', b: '#000000', expected: 21 },
	{ a: darkInk, b: darkInk, expected: 1 },
	{ a: 'rgb(255, 255, 255)', b: lightInk, expected: 1 }
])('contrast($a, $b) is $expected', ({ a, b, expected }) => {
	expect(contrast(a, b)).toBeCloseTo(expected, 1);
});

test.each([0, 1, 5, 9, 10])(
	'on the dark surface, count %i of 10 keeps 3:1 against it and 4.5:1 for its number',
	(n) => {
		const layout = layoutHeatmap({
			rows: ['r'],
			columns: ['c', 'max'],
			value: (_, c) => (c === 'max' ? 10 : n),
			width: 600,
			dark: true
		});
		const [cell] = layout.cells;
		expect(cell && contrast(cell.fill, '#16191d')).toBeGreaterThanOrEqual(3);
		expect(cell && contrast(cell.fill, cell.ink)).toBeGreaterThanOrEqual(4.5);
	}
);
