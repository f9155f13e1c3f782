import { describe, expect, test } from 'vitest';
import { labelWidth, layoutMatrix, matrixHeight } from './count-matrix.ts';

const counts: Record<string, number> = { 'a 1': 4, 'a 2': 1, 'b 1': 0, 'b 2': 9 };
const layout = (width: number) =>
	layoutMatrix({
		rows: ['a', 'b'],
		columns: ['1', '2'],
		rowKey: (r) => r,
		colKey: (c) => c,
		value: (r, c) => counts[`${r} ${c}`] ?? 0,
		width
	});

describe('layoutMatrix', () => {
	test.each([
		{
			name: 'wide: a 200 px label column, radius capped by the row height',
			width: 600,
			left: 200,
			cells: 'a1 r8.67@286.33 a2 r4.33@486.67 b1 r0@295 b2 r13@478'
		},
		{
			name: 'narrow: a 120 px label column, cells 120 px apart',
			width: 360,
			left: 120,
			cells: 'a1 r8.67@166.33 a2 r4.33@286.67 b1 r0@175 b2 r13@278'
		}
	])('$name', ({ width, left, cells }) => {
		const out = layout(width);
		expect(out.left).toBe(left);
		const r = (v: number) => Number(v.toFixed(2));
		expect(
			out.rows
				.flatMap((row) => row.cells.map((c) => `${row.key}${c.key} r${r(c.r)}@${r(c.cx)}`))
				.join(' ')
		).toBe(cells);
		expect(out.height).toBe(matrixHeight(2));
	});

	test('right to left: labels at the right, the first column rightmost, circles mirrored', () => {
		const out = layoutMatrix({
			rows: ['a', 'b'],
			columns: ['1', '2'],
			rowKey: (r) => r,
			colKey: (c) => c,
			value: (r, c) => counts[`${r} ${c}`] ?? 0,
			width: 600,
			rtl: true
		});
		const r = (v: number) => Number(v.toFixed(2));
		expect(out.labelX).toBe(600);
		expect(out.headers.map((h) => r(h.x))).toEqual([302, 106]);
		expect(
			out.rows.flatMap((row) => row.cells.map((c) => `${row.key}${c.key} ${r(c.cx)}|${r(c.textX)}`))
		).toEqual(['a1 313.67|300', 'a2 113.33|104', 'b1 305|300', 'b2 122|104']);
	});

	test('labelWidth stays between 96 and 200 px', () => {
		expect([200, 390, 900].map(labelWidth)).toEqual([96, 130, 200]);
	});
});
