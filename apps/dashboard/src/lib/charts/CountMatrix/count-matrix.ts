/**
 * Geometry of a count matrix: rows (e.g. contribution types) × columns (e.g. clusters), a circle
 * per cell whose area is proportional to the count, and the count written beside it. A zero is a
 * known zero (written, no circle). Right to left (`rtl`), the row labels stand at the right and the
 * columns run leftwards.
 */
import { scaleSqrt } from 'd3-scale';

export interface MatrixOptions<TRow, TCol> {
	rows: readonly TRow[];
	columns: readonly TCol[];
	rowKey: (r: TRow) => string;
	colKey: (c: TCol) => string;
	value: (r: TRow, c: TCol) => number;
	width: number;
	/** Right to left: labels at the right, columns from right to left. @default false */
	rtl?: boolean;
}

export const matrixRow = 30;
const headRoom = 26;

export function matrixHeight(rows: number): number {
	return headRoom + rows * matrixRow;
}

/** Width of the row-label column: a third of the chart, 96 to 200 px. */
export function labelWidth(width: number): number {
	return Math.max(96, Math.min(200, Math.round(width / 3)));
}

export function layoutMatrix<TRow, TCol>(options: MatrixOptions<TRow, TCol>) {
	const { rows, columns, rowKey, colKey, value, width, rtl = false } = options;
	const left = labelWidth(width);
	const colWidth = columns.length === 0 ? 0 : (width - left - 8) / columns.length;
	const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => value(r, c))));
	const radius = scaleSqrt(
		[0, max],
		[0, Math.max(2, Math.min(colWidth / 2 - 14, matrixRow / 2 - 2))]
	);
	const centre = (j: number) =>
		rtl ? width - left - colWidth * (j + 0.5) : left + colWidth * (j + 0.5);
	// The circle ends 3 px before the column centre and the count starts 2 px after it.
	const side = rtl ? -1 : 1;
	return {
		height: matrixHeight(rows.length),
		left,
		/** Where the row labels start (in the page's direction). */
		labelX: rtl ? width : 0,
		headers: columns.map((c, j) => ({ key: colKey(c), x: centre(j), width: colWidth, datum: c })),
		rows: rows.map((r, i) => {
			const y = headRoom + i * matrixRow + matrixRow / 2;
			return {
				key: rowKey(r),
				datum: r,
				y,
				cells: columns.map((c, j) => {
					const count = value(r, c);
					const size = radius(count);
					return {
						key: colKey(c),
						count,
						cx: centre(j) - side * (3 + size),
						r: size,
						textX: centre(j) + side * 2
					};
				})
			};
		})
	};
}
