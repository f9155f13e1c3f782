/**
 * Geometry of stacked columns on a time axis: one column per time bucket (from its start to its
 * end), one segment per series, y from zero, and milestones as thin rules with staggered labels.
 */
import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { stack } from 'd3-shape';

export interface Milestone {
	date: Date;
	label: string;
}

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
	/** Tick labels at the plot's ends are anchored inwards so that they are not cut off. */
	xTicks: { x: number; date: Date; anchor: 'start' | 'middle' | 'end' }[];
	yTicks: { y: number; value: number }[];
	milestones: { x: number; label: string; labelY: number; anchor: 'start' | 'end' }[];
	plot: { left: number; right: number; top: number; bottom: number };
}

export const margin = { top: 36, right: 8, bottom: 24, left: 36 };
const charWidth = 6.5;

/** Rounds to hundredths of a pixel, which keeps the SVG short and the tests exact. */
const px = (v: number) => Math.round(v * 100) / 100;

/** Lays out the columns; empty data or a tiny width gives an empty layout. */
export function layoutColumns<TDatum>(options: ColumnLayoutOptions<TDatum>): ColumnLayout {
	const { data, keys, start, end, value, width, height, milestones = [] } = options;
	const plot = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
	const first = data[0];
	const last = data[data.length - 1];
	if (!first || !last || plot.right - plot.left < 40)
		return { segments: [], xTicks: [], yTicks: [], milestones: [], plot };
	const x = scaleUtc([start(first), end(last)], [plot.left, plot.right]);
	const series = stack<TDatum, string>()
		.keys(keys)
		.value((d, k) => value(d, k))([...data]);
	const top = max(series.at(-1) ?? [], (p) => p[1]) ?? 0;
	const y = scaleLinear([0, top || 1], [plot.bottom, plot.top]).nice(4);
	const segments: Segment[] = [];
	for (const s of series)
		s.forEach((point, index) => {
			if (point[1] === point[0]) return;
			const x0 = x(start(point.data));
			const span = x(end(point.data)) - x0;
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
		xTicks: x
			.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 80)))
			.map((date) => ({ x: px(x(date)), date, anchor: tickAnchor(x(date), plot) })),
		yTicks: y.ticks(4).map((v) => ({ y: px(y(v)), value: v })),
		milestones: placeMilestones(milestones, { x, plot }),
		plot
	};
}

function tickAnchor(x: number, plot: ColumnLayout['plot']): 'start' | 'middle' | 'end' {
	if (x - plot.left < 16) return 'start';
	return plot.right - x < 16 ? 'end' : 'middle';
}

function placeMilestones(
	milestones: readonly Milestone[],
	{ x, plot }: { x: (d: Date) => number; plot: ColumnLayout['plot'] }
): ColumnLayout['milestones'] {
	// The right end of the last label in each of two label rows; a label takes the first row free.
	const rowEnds = [-Infinity, -Infinity];
	return [...milestones]
		.sort((a, b) => a.date.getTime() - b.date.getTime())
		.map((m) => ({ label: m.label, x: px(x(m.date)) }))
		.filter((m) => m.x >= plot.left && m.x <= plot.right)
		.map((m) => {
			const textWidth = m.label.length * charWidth + 3;
			const anchor: 'start' | 'end' = m.x + textWidth > plot.right ? 'end' : 'start';
			const left = anchor === 'start' ? m.x : m.x - textWidth;
			const free = rowEnds.findIndex((end) => left > end + 4);
			const row = free === -1 ? 0 : free;
			rowEnds[row] = left + textWidth;
			return { x: m.x, label: m.label, labelY: plot.top - 22 + row * 13, anchor };
		});
}
