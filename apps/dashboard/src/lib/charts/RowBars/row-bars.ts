/**
 * Geometry of horizontal bars in a given order (categories with an order of their own, or sorted
 * by the caller), one row per datum with its label above, and one panel per measure side by side
 * (small multiples: each measure on its own scale from zero, never a dual axis). Right to left
 * (`rtl`), the first panel is the rightmost, bars grow leftwards and labels start at the right.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface RowMeasure<TDatum> {
	value: (d: TDatum) => number;
	/** Fixed end of the scale (1 for shares); the track is then drawn to it. @default the largest value */
	max?: number | undefined;
}

export interface RowBarsOptions<TDatum> {
	data: readonly TDatum[];
	key: (d: TDatum) => string;
	measures: readonly RowMeasure<TDatum>[];
	width: number;
	/** Pixels kept past each panel's longest bar for its value label. @default 56 */
	valueRoom?: number;
	/** Right to left: panels and bars mirrored. @default false */
	rtl?: boolean;
}

export interface RowBar {
	/** Left edge of the bar. */
	x: number;
	width: number;
	/** Left edge of the track. */
	trackX: number;
	/** Width of the track behind the bar (the whole scale), 0 without a fixed `max`. */
	track: number;
	/** Where the value label starts (in the page's direction). */
	valueX: number;
}

export interface Row<TDatum> {
	datum: TDatum;
	key: string;
	/** Top of the row (for the focus outline and hit area) and its height. */
	top: number;
	height: number;
	/** Baseline of the row label. */
	labelY: number;
	/** Top of the bars and their height. */
	y: number;
	barHeight: number;
	bars: RowBar[];
}

export interface RowBarsLayout<TDatum> {
	rows: Row<TDatum>[];
	/**
	 * Left edge and width of each measure's panel, where its heading starts (in the page's
	 * direction) and the heading's baseline.
	 */
	panels: { x: number; width: number; headX: number; headY: number }[];
	/** Where the row labels start. */
	labelX: number;
	height: number;
}

const rowHeight = 40;
const labelBand = 16;
const barHeight = 16;
const panelGap = 16;
const headBand = 20;

const px = (v: number) => Math.round(v * 100) / 100;

/** The chart's height for `rows` rows (with a heading band when there are two or more measures). */
export function rowBarsHeight(rows: number, measures: number): number {
	return (measures > 1 ? headBand : 0) + Math.max(1, rows) * rowHeight + 4;
}

/** Lays out the rows; too narrow a width gives no rows. */
export function layoutRowBars<TDatum>(options: RowBarsOptions<TDatum>): RowBarsLayout<TDatum> {
	const { data, key, measures, width, valueRoom = 56, rtl = false } = options;
	const count = Math.max(1, measures.length);
	const panelWidth = (width - panelGap * (count - 1)) / count;
	const head = measures.length > 1 ? headBand : 0;
	const height = rowBarsHeight(data.length, measures.length);
	const labelX = rtl ? width : 0;
	if (panelWidth <= valueRoom + 8) return { rows: [], panels: [], labelX, height };
	const panels = measures.map((_, i) => {
		const x = rtl ? width - panelWidth - i * (panelWidth + panelGap) : i * (panelWidth + panelGap);
		return { x: px(x), width: px(panelWidth), headX: px(rtl ? x + panelWidth : x), headY: 14 };
	});
	const scaleEnd = panelWidth - valueRoom;
	const scales = measures.map((m) =>
		scaleLinear([0, (m.max ?? max(data, m.value) ?? 0) || 1], [0, panelWidth - valueRoom])
	);
	const rows = data.map((datum, i) => {
		const top = head + i * rowHeight;
		const y = top + labelBand + 2;
		const bars = measures.map((m, j) => {
			const panel = panels[j]?.x ?? 0;
			const w = Math.max(0, scales[j]?.(m.value(datum)) ?? 0);
			const track = m.max === undefined ? 0 : scaleEnd;
			// The value label starts 6 px past the bar's end, or past the track's when there is one.
			const reach = m.max === undefined ? w : scaleEnd;
			return rtl
				? {
						x: px(panel + panelWidth - w),
						width: px(w),
						trackX: px(panel + panelWidth - track),
						track: px(track),
						valueX: px(panel + panelWidth - reach - 6)
					}
				: {
						x: px(panel),
						width: px(w),
						trackX: px(panel),
						track: px(track),
						valueX: px(panel + reach + 6)
					};
		});
		return {
			datum,
			key: key(datum),
			top,
			height: rowHeight,
			labelY: top + labelBand - 2,
			y,
			barHeight,
			bars
		};
	});
	return { rows, panels, labelX, height };
}
