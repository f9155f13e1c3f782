/** Timeline buckets as chart rows: dated start and end, and events per event type. */
import type { EventType, Interval, Timeline } from '@untoc-alliance/schema';
import { utcMonth } from 'd3-time';
import { parseIsoDate } from './format.ts';
import { m } from './i18n.svelte.ts';

export interface TimelineRow {
	start: Date;
	end: Date;
	events: number;
	participants: number;
	byType: ReadonlyMap<EventType, number>;
}

const months: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** A milestone whose label is read in the page's language each time it is drawn. */
function milestone(
	iso: string,
	label: () => string
): { readonly date: Date; readonly label: string } {
	return {
		date: parseIsoDate(iso),
		get label() {
			return label();
		}
	};
}

/**
 * Milestones drawn on every time axis. Each `label` is a getter on the catalogue, so a chart that
 * reads it in a `$derived` follows a change of language.
 */
export const milestones = [
	milestone('2022-09-15', () => m().overview.milestones.pilotLaunch),
	milestone('2022-10-17', () => m().overview.milestones.conference(11)),
	milestone('2024-10-14', () => m().overview.milestones.conference(12))
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
