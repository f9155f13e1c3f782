/**
 * Geometry of stacked columns on a time axis: one column per time bucket (from its start to its
 * end), one segment per series, y from zero, and milestones as thin rules with staggered labels.
 * Right to left (`rtl`), time runs leftwards and the y axis stands on the right.
 */
import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { stack } from 'd3-shape';
import { timeTicks } from '../time-axis.ts';
import {
	milestoneBand,
	placeMilestones,
	type Milestone,
	type PlacedMilestone
} from '../Milestones/milestones.ts';

export type { Milestone };

export interface ColumnLayoutOptions<TDatum> {
	data: readonly TDatum[];
	/** Series in stacking order, bottom first. */
	keys: readonly string[];
	start: (d: TDatum) => Date;
	end: (d: TDatum) => Date;
	value: (d: TDatum, key: string) => number;
	width: number;
	height: number;
	milestones?: readonly Milestone[];
	/** Label rows for the milestones; each row above two adds 13 px on top. @default 2 */
	milestoneRows?: number;
	/** Right to left: the earliest bucket at the right, the y axis on the right. @default false */
	rtl?: boolean;
}

export interface Segment {
	key: string;
	series: string;
	index: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ColumnLayout {
	segments: Segment[];
	/**
	 * Tick labels at the plot's ends are anchored inwards so that they are not cut off (anchors in
	 * the page's direction).
	 */
	xTicks: { x: number; date: Date; anchor: 'start' | 'middle' | 'end' }[];
	yTicks: { y: number; value: number }[];
	/** x of the y-axis labels (anchored at their end, away from the plot). */
	yLabelX: number;
	milestones: PlacedMilestone[];
	plot: { left: number; right: number; top: number; bottom: number };
}

export const margin = { top: 36, right: 8, bottom: 24, left: 36 };
/** Width of one character of the bold milestone labels (12 px, semibold). */
const charWidth = 7.2;

/** Rounds to hundredths of a pixel, which keeps the SVG short and the tests exact. */
const px = (v: number) => Math.round(v * 100) / 100;

/** Lays out the columns; empty data or a tiny width gives an empty layout. */
export function layoutColumns<TDatum>(options: ColumnLayoutOptions<TDatum>): ColumnLayout {
	const { data, keys, start, end, value, width, height, milestones = [] } = options;
	const rows = options.milestoneRows ?? 2;
	const rtl = options.rtl ?? false;
	const plot = {
		left: rtl ? margin.right : margin.left,
		right: width - (rtl ? margin.left : margin.right),
		top: milestoneBand(rows),
		bottom: height - margin.bottom
	};
	const first = data[0];
	const last = data[data.length - 1];
	if (!first || !last || plot.right - plot.left < 40)
		return { segments: [], xTicks: [], yTicks: [], yLabelX: 0, milestones: [], plot };
	const x = scaleUtc(
		[start(first), end(last)],
		rtl ? [plot.right, plot.left] : [plot.left, plot.right]
	);
	const series = stack<TDatum, string>()
		.keys(keys)
		.value((d, k) => value(d, k))([...data]);
	const top = max(series.at(-1) ?? [], (p) => p[1]) ?? 0;
	const y = scaleLinear([0, top || 1], [plot.bottom, plot.top]).nice(4);
	const segments: Segment[] = [];
	for (const s of series)
		s.forEach((point, index) => {
			if (point[1] === point[0]) return;
			// The bucket's left edge: its start, or its end right to left.
			const x0 = Math.min(x(start(point.data)), x(end(point.data)));
			const span = Math.abs(x(end(point.data)) - x(start(point.data)));
			const gap = Math.min(2, span * 0.2);
			segments.push({
				key: `${s.key}:${index}`,
				series: s.key,
				index,
				x: px(x0 + gap / 2),
				y: px(y(point[1])),
				width: px(Math.max(0.5, span - gap)),
				height: px(y(point[0]) - y(point[1]))
			});
		});
	return {
		segments,
		xTicks: timeTicks(x, Math.max(2, Math.floor((plot.right - plot.left) / 80))).map((date) => ({
			x: px(x(date)),
			date,
			anchor: tickAnchor(x(date), plot, rtl)
		})),
		yTicks: y.ticks(4).map((v) => ({ y: px(y(v)), value: v })),
		yLabelX: rtl ? plot.right + 6 : plot.left - 6,
		milestones: placeMilestones(milestones, {
			x: (d) => x(d),
			plot,
			rows,
			charWidth,
			maxX: width,
			rtl
		}),
		plot
	};
}

/** A tick near the axis' start (left, or right in `rtl`) anchors at its start, near the end at its end. */
function tickAnchor(
	x: number,
	plot: ColumnLayout['plot'],
	rtl: boolean
): 'start' | 'middle' | 'end' {
	const [fromStart, fromEnd] = rtl
		? [plot.right - x, x - plot.left]
		: [x - plot.left, plot.right - x];
	if (fromStart < 16) return 'start';
	return fromEnd < 16 ? 'end' : 'middle';
}

/**
 * The segment focused after `key` from `current` (a segment key; pass it through `logicalKey` so
 * that right to left the arrows follow the screen): Left and Right move to the previous or next
 * column, to the same series or else the nearest one in stacking order; Up and
 * Down move up or down the stack; Home and End go to the first and last segment. Null for other
 * keys or when nothing is there.
 */
export function nextSegment(
	segments: readonly Segment[],
	current: string | undefined,
	options: { key: string; keys: readonly string[] }
): Segment | null {
	const { key, keys } = options;
	const order = (s: Segment) => keys.indexOf(s.series);
	const sorted = [...segments].sort((a, b) => a.index - b.index || order(a) - order(b));
	const at = sorted.find((s) => s.key === current) ?? sorted[0];
	if (!at) return null;
	if (key === 'Home') return sorted[0] ?? null;
	if (key === 'End') return sorted.at(-1) ?? null;
	if (key === 'ArrowUp' || key === 'ArrowDown') {
		const column = sorted.filter((s) => s.index === at.index);
		const i = column.indexOf(at) + (key === 'ArrowUp' ? 1 : -1);
		return column[Math.max(0, Math.min(column.length - 1, i))] ?? at;
	}
	if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
	const step = key === 'ArrowRight' ? 1 : -1;
	const columns = [...new Set(sorted.map((s) => s.index))];
	const target = columns[columns.indexOf(at.index) + step];
	if (target === undefined) return at;
	const column = sorted.filter((s) => s.index === target);
	const distance = (s: Segment) => Math.abs(order(s) - order(at));
	return [...column].sort((a, b) => distance(a) - distance(b) || order(a) - order(b))[0] ?? at;
}
