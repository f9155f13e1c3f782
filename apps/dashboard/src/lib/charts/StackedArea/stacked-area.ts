/**
 * Geometry of a stacked area over time: one band per series (bottom first) through one point per
 * date, y from zero, time ticks, and milestones as rules whose labels take the first of a few rows
 * above the plot where they do not overlap (the plot starts below the rows used). Right to left
 * (`rtl`), time runs leftwards and the y axis stands on the right.
 */
import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, stack } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { timeTicks } from '../time-axis.ts';
import { placeMilestones, type Milestone } from '../Milestones/milestones.ts';

export type { Milestone };

export interface AreaLayoutOptions<TDatum> {
	/** Points in time order. */
	data: readonly TDatum[];
	/** Series in stacking order, bottom first. */
	keys: readonly string[];
	date: (d: TDatum) => Date;
	value: (d: TDatum, key: string) => number;
	width: number;
	height: number;
	milestones?: readonly Milestone[];
	/** Right to left: the earliest point at the right, the y axis on the right. @default false */
	rtl?: boolean;
}

export interface Band {
	key: string;
	/** The area's SVG path. */
	d: string;
	/** Per point: the band's bottom and top y. */
	spans: [number, number][];
}

export interface PlacedMilestone {
	x: number;
	label: string;
	/** Baseline of the label, or null when no row had room (the rule is drawn alone). */
	labelY: number | null;
	/** In the page's direction. */
	anchor: 'start' | 'end';
	/** x of the label's anchor. */
	textX: number;
}

export interface AreaLayout {
	bands: Band[];
	/** x of every point. */
	xs: number[];
	/** Anchors in the page's direction: ticks at the ends of the axis point inwards. */
	xTicks: { x: number; date: Date; anchor: 'start' | 'middle' | 'end' }[];
	yTicks: { y: number; value: number }[];
	/** x of the y-axis labels (anchored at their end, away from the plot). */
	yLabelX: number;
	milestones: PlacedMilestone[];
	plot: { left: number; right: number; top: number; bottom: number };
}

export const margin = { top: 8, right: 12, bottom: 24, left: 40 };
/** Height of one row of milestone labels, and the most rows there are. */
export const labelRow = 14;
export const labelRows = 3;
const charWidth = 6.5;

/** Rounds to hundredths of a pixel, which keeps the SVG short and the tests exact. */
const px = (v: number) => Math.round(v * 100) / 100;

const empty = (plot: AreaLayout['plot']): AreaLayout => ({
	bands: [],
	xs: [],
	xTicks: [],
	yTicks: [],
	yLabelX: 0,
	milestones: [],
	plot
});

/** Lays out the bands; empty data or a tiny width gives an empty layout. */
export function layoutArea<TDatum>(options: AreaLayoutOptions<TDatum>): AreaLayout {
	const { data, keys, date, value, width, height, milestones = [], rtl = false } = options;
	const left = rtl ? margin.right : margin.left;
	const right = width - (rtl ? margin.left : margin.right);
	const first = data[0];
	const last = data[data.length - 1];
	if (!first || !last || right - left < 40)
		return empty({ left, right, top: margin.top, bottom: height - margin.bottom });
	const end = data.length > 1 ? date(last) : utcMonth.offset(date(first), 1);
	const x = scaleUtc([date(first), end], rtl ? [right, left] : [left, right]);
	// Rows are counted from the top; the plot starts below the rows that labels use.
	const placed = placeMilestones(milestones, {
		x,
		plot: { left, right, top: 0 },
		rows: labelRows,
		charWidth,
		rtl
	});
	const rows = Math.max(0, ...placed.map((m) => (m.hidden ? 0 : m.row + 1)));
	const plot = { left, right, top: margin.top + rows * labelRow, bottom: height - margin.bottom };
	const series = stack<TDatum, string>()
		.keys(keys)
		.value((d, k) => value(d, k))([...data]);
	const top = max(series.at(-1) ?? [], (p) => p[1]) ?? 0;
	const y = scaleLinear([0, top || 1], [plot.bottom, plot.top]).nice(4);
	const xs = data.map((d) => px(x(date(d))));
	const path = area<[number, number]>()
		.x((_, i) => xs[i] ?? 0)
		.y0((p) => px(y(p[0])))
		.y1((p) => px(y(p[1])));
	const bands = series.map((s) => ({
		key: s.key,
		d: path(s.map((p) => [p[0], p[1]])) ?? '',
		spans: s.map((p): [number, number] => [px(y(p[0])), px(y(p[1]))])
	}));
	return {
		bands,
		xs,
		// About 110 px a tick: room for a "Sept 2022" label without touching its neighbours.
		xTicks: timeTicks(x, Math.max(2, Math.floor((right - left) / 110))).map((d) => ({
			x: px(x(d)),
			date: d,
			anchor: tickAnchor(x(d), plot, rtl)
		})),
		yTicks: y.ticks(4).map((v) => ({ y: px(y(v)), value: v })),
		yLabelX: rtl ? right + 6 : left - 6,
		milestones: placed.map((m) => ({
			x: m.x,
			label: m.label,
			anchor: m.anchor,
			textX: m.textX,
			labelY: m.hidden ? null : margin.top + m.row * labelRow + 10
		})),
		plot
	};
}

/** A tick near the axis' start (left, or right in `rtl`) anchors at its start, near the end at its end. */
function tickAnchor(x: number, plot: AreaLayout['plot'], rtl: boolean): 'start' | 'middle' | 'end' {
	const [fromStart, fromEnd] = rtl
		? [plot.right - x, x - plot.left]
		: [x - plot.left, plot.right - x];
	if (fromStart < 16) return 'start';
	return fromEnd < 16 ? 'end' : 'middle';
}

/** The point nearest to `px` (an x in the SVG), or -1 without points. */
export function nearestIndex(xs: readonly number[], at: number): number {
	let best = -1;
	xs.forEach((x, i) => {
		if (best === -1 || Math.abs(x - at) < Math.abs((xs[best] ?? 0) - at)) best = i;
	});
	return best;
}

/** The band under `y` at point `index` (index into `bands`), or -1 when none is. */
export function bandAt(bands: readonly Band[], index: number, y: number): number {
	return bands.findIndex((b) => {
		const span = b.spans[index];
		return span !== undefined && span[0] > span[1] && y <= span[0] && y >= span[1];
	});
}
