/** Timeline buckets as chart rows: dated start and end, and events per event type. */
import type { EventType, Interval, Timeline } from '@untoc-alliance/schema';
import { utcMonth } from 'd3-time';
import { parseIsoDate } from './format.ts';

export interface TimelineRow {
	start: Date;
	end: Date;
	events: number;
	participants: number;
	byType: ReadonlyMap<EventType, number>;
}

const months: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** Milestones drawn on every time axis. */
export const milestones = [
	{ date: parseIsoDate('2022-09-15'), label: 'Pilot launch' },
	{ date: parseIsoDate('2022-10-17'), label: 'COP11' },
	{ date: parseIsoDate('2024-10-14'), label: 'COP12' }
] as const;

/** One row per bucket; a bucket ends where the next one starts (the last one after its interval). */
export function timelineRows(timeline: Timeline): TimelineRow[] {
	return timeline.buckets.map((b, i) => {
		const start = parseIsoDate(b.start);
		const next = timeline.buckets[i + 1];
		return {
			start,
			end: next ? parseIsoDate(next.start) : utcMonth.offset(start, months[timeline.interval]),
			events: b.events,
			participants: b.participants,
			byType: new Map(b.byType.map((t) => [t.type, t.events]))
		};
	});
}
