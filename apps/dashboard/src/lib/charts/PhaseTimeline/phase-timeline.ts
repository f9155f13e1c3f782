/**
 * Geometry of the review-phase timeline: one row for the whole process and one per phase, each a
 * planned bar on a shared 2020–2030 axis, an actual bar where the sources report one, year ticks
 * and a "today" rule. Labels sit above the bars so that a phone's width is all axis. Right to left
 * (`rtl`), time runs leftwards and labels start at the right edge.
 */
import { fitText } from '../ProgressBars/progress-bars.ts';
import { isoToDate, timeScale, yearTicks } from '../time-axis.ts';

export interface PhaseInput {
	key: string;
	label: string;
	plannedStart: string;
	plannedEnd: string;
	actualStart: string | null;
	/** Last date the phase was reported under way. */
	actualEnd: string | null;
	verified: boolean;
}

export interface PhaseMark {
	key: string;
	label: string;
	labelY: number;
	y: number;
	planned: { x: number; width: number };
	actual: { x: number; width: number } | null;
	verified: boolean;
}

export const phaseRow = 46;
export const phaseBar = 16;
const axisRoom = 22;
const todayRoom = 18;

/** Total height of a timeline with `n` rows. */
export function phaseHeight(n: number): number {
	return todayRoom + n * phaseRow + axisRoom;
}

export function layoutPhases(options: {
	rows: readonly PhaseInput[];
	start: string;
	end: string;
	today: string;
	width: number;
	/** Right to left: the earliest date at the right. @default false */
	rtl?: boolean;
}) {
	const { rows, start, end, today, width, rtl = false } = options;
	const x = timeScale([start, end], [1, Math.max(2, width - 1)], rtl);
	const span = (a: string, b: string) => {
		const [xa, xb] = [x(isoToDate(a)), x(isoToDate(b))];
		return { x: Math.min(xa, xb), width: Math.abs(xb - xa) };
	};
	const marks: PhaseMark[] = rows.map((r, i) => {
		const top = todayRoom + i * phaseRow;
		return {
			key: r.key,
			label: fitText(r.label, width),
			labelY: top + 13,
			y: top + 20,
			planned: span(r.plannedStart, r.plannedEnd),
			actual: r.actualStart && r.actualEnd ? span(r.actualStart, r.actualEnd) : null,
			verified: r.verified
		};
	});
	const height = phaseHeight(rows.length);
	const todayX = x(isoToDate(today));
	const inside = today >= start && today <= end;
	// The today label runs on in the reading direction, unless that is less than 90 px from the edge.
	const anchor = (rtl ? todayX < 90 : todayX > width - 90) ? ('end' as const) : ('start' as const);
	const rightwards = (anchor === 'start') !== rtl;
	return {
		height,
		marks,
		/** Where the row labels start (anchored at their start in the page's direction). */
		labelX: rtl ? width - 1 : 1,
		ticks: yearTicks(x, 40),
		axisY: height - axisRoom,
		today: inside ? { x: todayX, anchor, textX: todayX + (rightwards ? 4 : -4) } : null
	};
}
