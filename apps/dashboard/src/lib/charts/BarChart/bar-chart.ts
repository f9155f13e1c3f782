/**
 * Geometry of a horizontal bar chart with the category label above each bar and the value at its
 * end: rows sorted by value (largest first, ties by key), bars starting at zero.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface BarLayoutOptions<TDatum> {
	data: readonly TDatum[];
	key: (d: TDatum) => string;
	value: (d: TDatum) => number;
	width: number;
	height: number;
	/** Tallest row in pixels; fewer rows leave space below. */
	maxRowHeight?: number;
}

export interface BarMark<TDatum> {
	datum: TDatum;
	key: string;
	/** Baseline of the category label. */
	labelY: number;
	y: number;
	width: number;
	height: number;
	/** Where the value label starts (just past the bar's end). */
	valueX: number;
	/** Baseline of the value label, centred on the bar. */
	valueY: number;
}

/** Pixels held back on the right for value labels of up to five digits. */
export const valueRoom = 48;
const labelBand = 16;
const rowGap = 6;

/** A height that fits `rows` bars (32 px each), so a card can reserve it before the data comes. */
export function barsHeight(rows: number): number {
	return Math.max(1, rows) * 32 + 8;
}

/** Lays out one row per datum; a zero-width layout returns no marks. */
export function layoutBars<TDatum>(options: BarLayoutOptions<TDatum>): BarMark<TDatum>[] {
	const { data, key, value, width, height, maxRowHeight = 44 } = options;
	if (width <= valueRoom || data.length === 0) return [];
	const sorted = [...data].sort((a, b) => value(b) - value(a) || key(a).localeCompare(key(b)));
	const x = scaleLinear([0, (max(sorted, value) ?? 0) || 1], [0, width - valueRoom]);
	const rowHeight = Math.min(maxRowHeight, height / sorted.length);
	const barHeight = Math.max(4, rowHeight - labelBand - rowGap);
	return sorted.map((datum, i) => {
		const top = i * rowHeight;
		const barWidth = x(value(datum));
		const y = top + labelBand;
		return {
			datum,
			key: key(datum),
			labelY: top + labelBand - 4,
			y,
			width: barWidth,
			height: barHeight,
			valueX: barWidth + 6,
			valueY: y + barHeight / 2
		};
	});
}
