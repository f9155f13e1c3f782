/** `engagementTimeline`: events and participants per month, quarter or year and event type. */
import type { Timeline, TimelineInput } from '@untoc-alliance/schema';
import type * as z from 'zod';
import type { Database } from '../database.ts';
import { toBuckets } from './buckets.ts';
import { timelineRows } from './timeline-rows.ts';

/** Buckets the events matching the filter; participants count only filtered sectors, if any. */
export async function engagementTimeline(
	db: Database,
	input: z.output<typeof TimelineInput>
): Promise<Timeline> {
	const { interval, ...filter } = input;
	const rows = await timelineRows(db, filter);
	const buckets = toBuckets(rows, interval);
	return {
		interval,
		buckets,
		totals: {
			events: buckets.reduce((n, b) => n + b.events, 0),
			participants: buckets.reduce((n, b) => n + b.participants, 0)
		},
		synthetic: rows.some((r) => r.events > 0 && r.synthetic > 0)
	};
}
