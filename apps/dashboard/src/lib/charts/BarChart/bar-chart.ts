/**
 * Geometry of a horizontal bar chart with the category label above each bar and the value at its
 * end: rows sorted by value (largest first, ties by key), bars starting at zero. Right to left
 * (`rtl`), bars grow leftwards from the right edge, where their labels start.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface BarLayoutOptions<TDatum> {
	data: readonly TDatum[];
	key: (d: TDatum) => string;
	/** Length of the bar; null for a suppressed count, laid out at `nullValue`. */
	value: (d: TDatum) => number | null;
	/** Where a suppressed (null) value is laid out. @default 0 */
	nullValue?: number;
	width: number;
	height: number;
	/** Tallest row in pixels; fewer rows leave space below. */
	maxRowHeight?: number;
	/** Right to left: bars grow from the right edge. @default false */
	rtl?: boolean;
}

export interface BarMark<TDatum> {
	datum: TDatum;
	key: string;
	/** Where the category label starts (anchored at its start in the page's direction). */
	labelX: number;
	/** Baseline of the category label. */
	labelY: number;
	/** Left edge of the bar. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where the value label starts (just past the bar's end, in the page's direction). */
	valueX: number;
	/** Baseline of the value label, centred on the bar. */
	valueY: number;
	/** True when the value is null (suppressed), drawn as an outline. */
	suppressed: boolean;
}

/** Pixels held back past the bars' ends for value labels of up to five digits. */
export const valueRoom = 48;
/** Pixels held back instead when a label reads "fewer than 3". */
export const suppressedRoom = 96;
const labelBand = 16;
const rowGap = 6;

/** A height that fits `rows` bars (32 px each), so a card can reserve it before the data comes. */
export function barsHeight(rows: number): number {
	return Math.max(1, rows) * 32 + 8;
}

/** Lays out one row per datum; a zero-width layout returns no marks. */
export function layoutBars<TDatum>(options: BarLayoutOptions<TDatum>): BarMark<TDatum>[] {
	const { data, key, width, height, maxRowHeight = 44, nullValue = 0, rtl = false } = options;
	const value = (d: TDatum) => options.value(d) ?? nullValue;
	if (width <= valueRoom || data.length === 0) return [];
	const sorted = [...data].sort((a, b) => value(b) - value(a) || key(a).localeCompare(key(b)));
	const room = data.some((d) => options.value(d) === null) ? suppressedRoom : valueRoom;
	const x = scaleLinear([0, (max(sorted, value) ?? 0) || 1], [0, Math.max(0, width - room)]);
	const rowHeight = Math.min(maxRowHeight, height / sorted.length);
	const barHeight = Math.max(4, rowHeight - labelBand - rowGap);
	return sorted.map((datum, i) => {
		const top = i * rowHeight;
		const barWidth = x(value(datum));
		const y = top + labelBand;
		return {
			datum,
			key: key(datum),
			labelX: rtl ? width : 0,
			labelY: top + labelBand - 4,
			x: rtl ? width - barWidth : 0,
			y,
			width: barWidth,
			height: barHeight,
			valueX: rtl ? width - barWidth - 6 : barWidth + 6,
			valueY: y + barHeight / 2,
			suppressed: options.value(datum) === null
		};
	});
}
