/**
 * Geometry of a count heatmap: rows × columns of rectangles shaded by count on a light-to-dark
 * blue scale, each with its count written inside in dark ink on light cells and white ink on dark
 * cells (whichever contrasts more, at least 4.5:1). Column headers are slanted to fit long labels.
 */
import { scaleLinear } from 'd3-scale';
import { labelWidth } from '../CountMatrix/count-matrix.ts';

export interface HeatmapOptions {
	rows: readonly string[];
	columns: readonly string[];
	/** A cell's count; null for a suppressed count (drawn as an outline, never as 0). */
	value: (row: string, column: string) => number | null;
	width: number;
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
	const { rows, columns, value, width } = options;
	const left = labelWidth(width);
	const colWidth = columns.length === 0 ? 0 : (width - left) / columns.length;
	const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => value(r, c) ?? 0)));
	// Two ramps that skip the mid-tones, where neither ink would reach 4.5:1.
	const light = scaleLinear<string>([0, max / 2], ['#f3f8fd', '#8fb8de']);
	const dark = scaleLinear<string>([max / 2, max], ['#2a6aae', '#08306b']);
	const shade = (n: number) => (n <= max / 2 ? light(n) : dark(n));
	const cells: HeatCell[] = rows.flatMap((row, i) =>
		columns.map((column, j) => {
			const count = value(row, column);
			const fill = count === null ? '#ffffff' : shade(count);
			const ink = contrast(fill, darkInk) >= contrast(fill, lightInk) ? darkInk : lightInk;
			const [x, y] = [left + j * colWidth, heatHead + i * heatRow];
			return { row, column, count, x, y, width: colWidth, height: heatRow, fill, ink };
		})
	);
	return {
		height: heatmapHeight(rows.length),
		left,
		rowLabels: rows.map((key, i) => ({ key, y: heatHead + i * heatRow + heatRow / 2 })),
		columnLabels: columns.map((key, j) => ({ key, x: left + (j + 0.5) * colWidth })),
		cells
	};
}
