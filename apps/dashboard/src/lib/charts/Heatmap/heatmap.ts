/**
 * Geometry of a count heatmap: rows × columns of rectangles shaded by count on a light-to-dark
 * blue scale, each with its count written inside in dark ink on light cells and white ink on dark
 * cells (whichever contrasts more, at least 4.5:1). Column headers are slanted to fit long labels.
 * Right to left (`rtl`), the row labels stand at the right and the columns run leftwards.
 */
import { scaleLinear } from 'd3-scale';
import { labelWidth } from '../CountMatrix/count-matrix.ts';

export interface HeatmapOptions {
	rows: readonly string[];
	columns: readonly string[];
	/** A cell's count; null for a suppressed count (drawn as an outline, never as 0). */
	value: (row: string, column: string) => number | null;
	width: number;
	/** Right to left: labels at the right, columns from right to left. @default false */
	rtl?: boolean;
	/**
	 * On the dark surface: one ramp from a mid blue (fewest) to near white (most), every cell 3:1
	 * against #16191d and 4.5:1 for dark ink. @default false
	 */
	dark?: boolean;
}

export interface HeatCell {
	row: string;
	column: string;
	/** Null when suppressed. */
	count: number | null;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
	ink: string;
}

export const heatRow = 30;
export const heatHead = 96;
export const darkInk = '#1a1a1a';
export const lightInk = '#ffffff';

export function heatmapHeight(rows: number): number {
	return heatHead + Math.max(1, rows) * heatRow;
}

/** WCAG relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour. */
export function luminance(colour: string): number {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	const parts = hex
		? hex.slice(1).map((h) => parseInt(h, 16))
		: (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
	const [r = 0, g = 0, b = 0] = parts.map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

export function layoutHeatmap(options: HeatmapOptions) {
	const { rows, columns, value, width, rtl = false, dark = false } = options;
	const left = labelWidth(width);
	const colWidth = columns.length === 0 ? 0 : (width - left) / columns.length;
	const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => value(r, c) ?? 0)));
	// Two ramps that skip the mid-tones, where neither ink would reach 4.5:1.
	const light = scaleLinear<string>([0, max / 2], ['#f3f8fd', '#8fb8de']);
	const deep = scaleLinear<string>([max / 2, max], ['#2a6aae', '#08306b']);
	const onDark = scaleLinear<string>([0, max], ['#4f86c6', '#deebf7']);
	const shade = (n: number) => (dark ? onDark(n) : n <= max / 2 ? light(n) : deep(n));
	const cells: HeatCell[] = rows.flatMap((row, i) =>
		columns.map((column, j) => {
			const count = value(row, column);
			const fill = count === null ? '#ffffff' : shade(count);
			const ink = contrast(fill, darkInk) >= contrast(fill, lightInk) ? darkInk : lightInk;
			const x = rtl ? width - left - (j + 1) * colWidth : left + j * colWidth;
			const y = heatHead + i * heatRow;
			return { row, column, count, x, y, width: colWidth, height: heatRow, fill, ink };
		})
	);
	return {
		height: heatmapHeight(rows.length),
		left,
		/** Where the row labels end, 8 px before the cells (anchored at their end). */
		rowLabelX: rtl ? width - left + 8 : left - 8,
		/** The slant of the column headers: up and away in the reading direction. */
		headAngle: rtl ? 40 : -40,
		rowLabels: rows.map((key, i) => ({ key, y: heatHead + i * heatRow + heatRow / 2 })),
		columnLabels: columns.map((key, j) => ({
			key,
			x: rtl ? width - left - (j + 0.5) * colWidth : left + (j + 0.5) * colWidth
		})),
		cells
	};
}
