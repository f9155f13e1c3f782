/**
 * Placement of milestone annotations on a time axis: a thin rule at each date inside the plot and
 * its label in the first of a few stacked label rows where it touches no label placed before it.
 * Labels are placed by priority (a pilot launch or COP session before a dialogue), then by date.
 * A label runs from its rule in the reading direction (rightwards, or leftwards right to left); one
 * near the far edge is anchored at its end so that it stays inside the chart; a label
 * that fits in no row, or on neither side of its rule, is not drawn (the rule is), so labels never
 * overlap and are never cut off.
 */

export interface Milestone {
	date: Date;
	label: string;
	/** Lower numbers get a label row first. @default 0 */
	priority?: number;
}

export interface PlacedMilestone {
	/** Position of the rule. */
	x: number;
	label: string;
	/** Baseline of the label. */
	labelY: number;
	/** Where the label's `text-anchor` sits in the page's direction (3 px off the rule). */
	anchor: 'start' | 'end';
	/** x of the label's anchor. */
	textX: number;
	/** Label row, 0 at the top. */
	row: number;
	/** True when no row had room: the rule is drawn without its label. */
	hidden: boolean;
}

export interface PlaceOptions {
	/** Date to pixel. */
	x: (date: Date) => number;
	/** The plot area; milestones outside [left, right] are left out. */
	plot: { left: number; right: number; top: number };
	/** Number of label rows. @default 2 */
	rows?: number;
	/** Estimated width of one character of the label font. @default 7.2 */
	charWidth?: number;
	/** Distance between label rows. @default 13 */
	rowHeight?: number;
	/** Left edge of the drawing (labels may reach into the margin up to it). @default 0 */
	minX?: number;
	/** Right edge of the drawing. @default Infinity */
	maxX?: number;
	/** Right to left: labels start at their rule and run leftwards. @default false */
	rtl?: boolean;
}

/** Pixels above the plot taken by `rows` label rows (the first baseline sits 22 px above it). */
export function milestoneBand(rows: number, rowHeight = 13): number {
	return 22 + Math.max(0, rows - 2) * rowHeight + 14;
}

/** Rounds to hundredths of a pixel, which keeps the SVG short and the tests exact. */
const px = (v: number) => Math.round(v * 100) / 100;

/** Places the milestones (returned in date order); see the module comment. */
export function placeMilestones(
	milestones: readonly Milestone[],
	options: PlaceOptions
): PlacedMilestone[] {
	const { x, plot, rows = 2, charWidth = 7.2, rowHeight = 13, minX = 0, maxX = Infinity } = options;
	const rtl = options.rtl ?? false;
	const firstBaseline = plot.top - 22 - Math.max(0, rows - 2) * rowHeight;
	// The spans taken by labels in each row; a label takes the first row where it touches none.
	const taken: [number, number][][] = Array.from({ length: Math.max(1, rows) }, () => []);
	const byDate = (a: Milestone, b: Milestone) => a.date.getTime() - b.date.getTime();
	const placed = new Map<Milestone, PlacedMilestone>();
	const inside = milestones.filter((m) => {
		const at = x(m.date);
		return at >= plot.left && at <= plot.right;
	});
	for (const m of [...inside].sort(
		(a, b) => (a.priority ?? 0) - (b.priority ?? 0) || byDate(a, b)
	)) {
		const at = px(x(m.date));
		const textWidth = m.label.length * charWidth + 3;
		const tooFar = rtl ? at - textWidth < plot.left : at + textWidth > plot.right;
		const anchor: 'start' | 'end' = tooFar ? 'end' : 'start';
		// The label runs rightwards from its rule when its start is on the left.
		const rightwards = (anchor === 'start') !== rtl;
		const left = rightwards ? at : at - textWidth;
		const right = left + textWidth;
		const free =
			left >= minX && right <= maxX
				? taken.findIndex((spans) => spans.every(([l, r]) => right + 4 < l || left > r + 4))
				: -1;
		const row = free === -1 ? 0 : free;
		if (free !== -1) taken[row]?.push([left, right]);
		placed.set(m, {
			x: at,
			label: m.label,
			labelY: firstBaseline + row * rowHeight,
			anchor,
			textX: rightwards ? at + 3 : at - 3,
			row,
			hidden: free === -1
		});
	}
	return [...inside].sort(byDate).flatMap((m) => placed.get(m) ?? []);
}
