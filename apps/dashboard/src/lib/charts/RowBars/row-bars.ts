/**
 * Geometry of horizontal bars in a given order (categories with an order of their own, or sorted
 * by the caller), one row per datum with its label above, and one panel per measure side by side
 * (small multiples: each measure on its own scale from zero, never a dual axis).
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
	/** Pixels kept right of each panel's longest bar for its value label. @default 56 */
	valueRoom?: number;
}

export interface RowBar {
	x: number;
	width: number;
	/** Width of the track behind the bar (the whole scale), 0 without a fixed `max`. */
	track: number;
	/** Where the value label starts. */
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
	/** Left edge and width of each measure's panel, with the baseline of its heading. */
	panels: { x: number; width: number; headY: number }[];
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
	const { data, key, measures, width, valueRoom = 56 } = options;
	const count = Math.max(1, measures.length);
	const panelWidth = (width - panelGap * (count - 1)) / count;
	const head = measures.length > 1 ? headBand : 0;
	const height = rowBarsHeight(data.length, measures.length);
	if (panelWidth <= valueRoom + 8) return { rows: [], panels: [], height };
	const panels = measures.map((_, i) => ({
		x: px(i * (panelWidth + panelGap)),
		width: px(panelWidth),
		headY: 14
	}));
	const scales = measures.map((m) =>
		scaleLinear([0, (m.max ?? max(data, m.value) ?? 0) || 1], [0, panelWidth - valueRoom])
	);
	const rows = data.map((datum, i) => {
		const top = head + i * rowHeight;
		const y = top + labelBand + 2;
		const bars = measures.map((m, j) => {
			const x = panels[j]?.x ?? 0;
			const w = Math.max(0, scales[j]?.(m.value(datum)) ?? 0);
			return {
				x,
				width: px(w),
				track: m.max === undefined ? 0 : px(panelWidth - valueRoom),
				valueX: px(x + (m.max === undefined ? w : panelWidth - valueRoom) + 6)
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
	return { rows, panels, height };
}
