/** Output of `engagement.timeline`: events and participants per time bucket and event type. */
import * as z from 'zod';
import { IsoDate } from '../scalars.ts';
import { EventType, Interval } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const TimelineBucket = z.object({
	/** First day of the bucket (a month, quarter or year). */
	start: IsoDate,
	events: Count,
	participants: Count,
	/** Event types that occurred in the bucket; types with no event are left out. */
	byType: z.array(z.object({ type: EventType, events: Count, participants: Count }))
});
export type TimelineBucket = z.infer<typeof TimelineBucket>;

export const Timeline = z.object({
	interval: Interval,
	/** Every bucket from the first to the last event that matches, empty ones included. */
	buckets: z.array(TimelineBucket).max(2_000),
	totals: z.object({ events: Count, participants: Count }),
	synthetic: z.boolean()
});
export type Timeline = z.infer<typeof Timeline>;
