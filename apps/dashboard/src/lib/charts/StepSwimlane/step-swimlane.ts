/**
 * Geometry of a review's steps, planned against actual, one lane per step on a shared time axis:
 * a thin planned line from the clock's start to the due date (a diamond), the actual bar from start
 * to completion (or to today while in progress), a shaded delay band from the due date to the
 * completion (or today) labelled "+N days", and a hatched lane for an unknown status.
 */
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
	/** The delay band; its label sits right of it, or on the label line when there is no room. */
	delay: { x: number; width: number; text: string; textX: number; textY: number } | null;
	/** Written at the right of the label line: the status in words. */
	note: string;
}

const days = new Intl.NumberFormat('en-GB');

export const laneHeight = 44;
export const laneBar = 16;
const todayRoom = 18;
const axisRoom = 22;

export function swimlaneHeight(n: number): number {
	return todayRoom + n * laneHeight + axisRoom;
}

const notes = { completed: 'completed', in_progress: 'in progress', not_started: 'not started' };

/** The status in words; shorter when the label line is too narrow for the long form. */
function note(s: SwimStep, width: number): string {
	if (s.status === null) return 'unknown';
	if (s.status !== 'completed' || s.completedOn !== null) return notes[s.status];
	const long = 'completed, date unknown';
	return (s.label.length + long.length) * 7 + 16 <= width ? long : 'done, no date';
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
}) {
	const { steps, today, width } = options;
	const [start, end] = swimlaneDomain(steps, today);
	const x = timeScale([start, end], [1, Math.max(2, width - 1)]);
	const at = (iso: string) => x(isoToDate(iso));
	const marks: SwimMark[] = steps.map((s, i) => {
		const top = todayRoom + i * laneHeight;
		const finish = s.completedOn ?? (s.status === 'in_progress' ? today : null);
		const late = s.dueOn !== null && s.delayDays !== null && s.delayDays > 0;
		const delayEnd = s.completedOn ?? today;
		const delayX = late && s.dueOn ? at(s.dueOn) : 0;
		const delayW = late ? at(delayEnd) - delayX : 0;
		const text = `+${days.format(s.delayDays ?? 0)} days`;
		const roomRight = width - (delayX + delayW) > text.length * 7 + 6;
		return {
			key: s.key,
			label: s.label,
			labelY: top + 13,
			y: top + 20,
			status: s.status,
			planned: s.plannedFrom && s.dueOn ? { x1: at(s.plannedFrom), x2: at(s.dueOn) } : null,
			actual:
				s.startedOn && finish
					? {
							x: at(s.startedOn),
							width: at(finish) - at(s.startedOn),
							open: s.completedOn === null
						}
					: null,
			point: s.startedOn === null && s.completedOn ? at(s.completedOn) : null,
			delay: late
				? {
						x: delayX,
						width: delayW,
						text,
						textX: roomRight ? delayX + delayW + 4 : delayX + 4,
						textY: roomRight ? top + 20 + laneBar / 2 : top + 13
					}
				: null,
			note: note(s, width)
		};
	});
	const height = swimlaneHeight(steps.length);
	return { height, marks, ticks: yearTicks(x), axisY: height - axisRoom, today: at(today) };
}
