/**
 * Geometry of progress bars: one row per item in the given order, a full-width track for 0–100 %
 * and a fill up to the value; an unknown value (null) gets no fill and a hatched track instead.
 * Right to left (`rtl`), tracks fill from the right edge, where the labels start.
 */
import { scaleLinear } from 'd3-scale';

export interface ProgressLayoutOptions<TDatum> {
	data: readonly TDatum[];
	key: (d: TDatum) => string;
	/** Percent complete, 0 to 100, or null when unknown. */
	value: (d: TDatum) => number | null;
	/** Row label, shortened with an ellipsis when it would not fit. */
	label: (d: TDatum) => string;
	width: number;
	/** Right to left: bars fill leftwards from the right edge. @default false */
	rtl?: boolean;
}

export interface ProgressMark<TDatum> {
	datum: TDatum;
	key: string;
	label: string;
	/** Where the label starts (in the page's direction). */
	labelX: number;
	labelY: number;
	/** Left edge of the track. */
	x: number;
	y: number;
	trackWidth: number;
	/** Left edge of the fill. */
	fillX: number;
	/** Width of the fill; null when the value is unknown. */
	fillWidth: number | null;
	/** Where the value label starts, past the track's end (in the page's direction). */
	valueX: number;
	valueY: number;
}

export const rowHeight = 44;
export const barHeight = 18;
const valueRoom = 76;
const charWidth = 7;

/** Shortens `text` to at most `width` pixels of (estimated) text, ending in an ellipsis. */
export function fitText(text: string, width: number): string {
	const chars = Math.floor(width / charWidth);
	return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Total height of a chart with `n` rows. */
export function progressHeight(n: number): number {
	return n * rowHeight;
}

/** Lays out one row per datum; a layout too narrow for a track gives no marks. */
export function layoutProgress<TDatum>(
	options: ProgressLayoutOptions<TDatum>
): ProgressMark<TDatum>[] {
	const { data, key, value, label, width, rtl = false } = options;
	if (width <= valueRoom) return [];
	const x = scaleLinear([0, 100], [0, width - valueRoom]).clamp(true);
	return data.map((datum, i) => {
		const top = i * rowHeight;
		const v = value(datum);
		const y = top + 20;
		const fill = v === null ? null : x(v);
		return {
			datum,
			key: key(datum),
			label: fitText(label(datum), width),
			labelX: rtl ? width : 0,
			labelY: top + 14,
			x: rtl ? width - x(100) : 0,
			y,
			trackWidth: x(100),
			fillX: rtl ? width - (fill ?? 0) : 0,
			fillWidth: fill,
			valueX: rtl ? width - x(100) - 6 : x(100) + 6,
			valueY: y + barHeight / 2
		};
	});
}
