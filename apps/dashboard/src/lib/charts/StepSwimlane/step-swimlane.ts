/**
 * Geometry of a review's steps, planned against actual, one lane per step on a shared time axis:
 * a thin planned line from the clock's start to the due date (a diamond), the actual bar from start
 * to completion (or to today while in progress), a shaded delay band from the due date to the
 * completion (or today) labelled "+N days", and a hatched lane for an unknown status. The words
 * come from the page's catalogue (`text`). Right to left (`rtl`), time runs leftwards, the step's
 * label starts at the right edge and its status sits at the left.
 */
import type { Messages } from '@untoc-alliance/i18n';
import { utcDay } from 'd3-time';
import { isoToDate, timeScale, yearTicks } from '../time-axis.ts';

export interface SwimStep {
	key: string;
	label: string;
	status: 'not_started' | 'in_progress' | 'completed' | null;
	/** When the deadline's clock starts (review start or an earlier step's completion). */
	plannedFrom: string | null;
	dueOn: string | null;
	startedOn: string | null;
	completedOn: string | null;
	delayDays: number | null;
}

export interface SwimMark {
	key: string;
	label: string;
	labelY: number;
	y: number;
	status: SwimStep['status'];
	planned: { x1: number; x2: number } | null;
	actual: { x: number; width: number; open: boolean } | null;
	/** A completion without a start date. */
	point: number | null;
	/**
	 * The delay band; its label sits after it (right of it, left right to left), or on the label line
	 * when there is no room.
	 */
	delay: { x: number; width: number; text: string; textX: number; textY: number } | null;
	/** Written at the end of the label line: the status in words. */
	note: string;
}

/** The swimlane's words: the catalogue's `chart` messages. */
export type SwimText = Pick<Messages['chart'], 'status' | 'delayDays'>;

export const laneHeight = 44;
export const laneBar = 16;
const todayRoom = 18;
const axisRoom = 22;

export function swimlaneHeight(n: number): number {
	return todayRoom + n * laneHeight + axisRoom;
}

/** The status in words; shorter when the label line is too narrow for the long form. */
function note(s: SwimStep, width: number, text: SwimText): string {
	const words = text.status;
	if (s.status === null) return words.unknown;
	if (s.status === 'in_progress') return words.inProgress;
	if (s.status === 'not_started') return words.notStarted;
	if (s.completedOn !== null) return words.completed;
	const long = words.completedDateUnknown;
	return (s.label.length + long.length) * 7 + 16 <= width ? long : words.doneNoDate;
}

/** The axis: every date shown and today, padded to whole quarters. */
export function swimlaneDomain(steps: readonly SwimStep[], today: string): [string, string] {
	const dates = steps
		.flatMap((s) => [s.plannedFrom, s.dueOn, s.startedOn, s.completedOn])
		.filter((d): d is string => d !== null);
	const all = [...dates, today].sort();
	const first =
		dates.length === 0 ? utcDay.offset(isoToDate(today), -365) : isoToDate(all[0] ?? today);
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	const q = (d: Date, up: boolean) => {
		const m = d.getUTCMonth() - (d.getUTCMonth() % 3) + (up ? 3 : 0);
		return new Date(Date.UTC(d.getUTCFullYear(), m, 1));
	};
	return [iso(q(first, false)), iso(q(isoToDate(all.at(-1) ?? today), true))];
}

export function layoutSwimlane(options: {
	steps: readonly SwimStep[];
	today: string;
	width: number;
	text: SwimText;
	/** Right to left: the earliest date at the right. @default false */
	rtl?: boolean;
}) {
	const { steps, today, width, text: words, rtl = false } = options;
	const [start, end] = swimlaneDomain(steps, today);
	const x = timeScale([start, end], [1, Math.max(2, width - 1)], rtl);
	const at = (iso: string) => x(isoToDate(iso));
	/** Left edge and width of the span between two dates. */
	const span = (a: string, b: string) => ({
		x: Math.min(at(a), at(b)),
		width: Math.abs(at(b) - at(a))
	});
	const marks: SwimMark[] = steps.map((s, i) => {
		const top = todayRoom + i * laneHeight;
		const finish = s.completedOn ?? (s.status === 'in_progress' ? today : null);
		const late = s.dueOn !== null && s.delayDays !== null && s.delayDays > 0;
		const delayEnd = s.completedOn ?? today;
		const band = late && s.dueOn ? span(s.dueOn, delayEnd) : { x: 0, width: 0 };
		const [delayX, delayW] = [band.x, band.width];
		const text = words.delayDays(s.delayDays ?? 0);
		const room = text.length * 7 + 6;
		// Room after the band in the reading direction; else the label goes on the label line.
		const roomAfter = rtl ? delayX > room : width - (delayX + delayW) > room;
		const [afterX, lineX] = rtl
			? [delayX - 4, delayX + delayW - 4]
			: [delayX + delayW + 4, delayX + 4];
		return {
			key: s.key,
			label: s.label,
			labelY: top + 13,
			y: top + 20,
			status: s.status,
			planned: s.plannedFrom && s.dueOn ? { x1: at(s.plannedFrom), x2: at(s.dueOn) } : null,
			actual:
				s.startedOn && finish
					? { ...span(s.startedOn, finish), open: s.completedOn === null }
					: null,
			point: s.startedOn === null && s.completedOn ? at(s.completedOn) : null,
			delay: late
				? {
						x: delayX,
						width: delayW,
						text,
						textX: roomAfter ? afterX : lineX,
						textY: roomAfter ? top + 20 + laneBar / 2 : top + 13
					}
				: null,
			note: note(s, width, words)
		};
	});
	const height = swimlaneHeight(steps.length);
	const todayX = at(today);
	return {
		height,
		marks,
		/** Where the step labels start and the status notes end (anchors in the page's direction). */
		labelX: rtl ? width - 1 : 1,
		noteX: rtl ? 1 : width - 1,
		ticks: yearTicks(x),
		axisY: height - axisRoom,
		today: todayX,
		/** The "today" label ends just before the rule, on the side where time has passed. */
		todayTextX: rtl ? todayX + 4 : todayX - 4
	};
}
