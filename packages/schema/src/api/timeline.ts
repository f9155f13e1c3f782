/** Output of `engagement.timeline`: events and participants per time bucket and event type. */
import * as z from 'zod';
import { IsoDate } from '../scalars.ts';
import { EventType, Interval } from '../vocabulary.ts';

const Count = z.int().nonnegative();
const Events = Count.meta({ description: 'Number of events' });
const Participants = Count.meta({ description: 'Number of participants reported' });

export const TimelineBucket = z.object({
	/** First day of the bucket (a month, quarter or year). */
	start: IsoDate.meta({ description: 'First day of the bucket (a month, quarter or year)' }),
	events: Count.meta({ description: 'Events in the bucket' }),
	participants: Count.meta({ description: 'Participants reported for the events in the bucket' }),
	/** Event types that occurred in the bucket; types with no event are left out. */
	byType: z.array(z.object({ type: EventType, events: Events, participants: Participants })).meta({
		description: 'Events and participants per event type; types with no event are left out'
	})
});
export type TimelineBucket = z.infer<typeof TimelineBucket>;

export const Timeline = z.object({
	interval: Interval.meta({ description: 'Width of the buckets' }),
	/** Every bucket from the first to the last event that matches, empty ones included. */
	buckets: z.array(TimelineBucket).max(2_000).meta({
		description: 'Every bucket from the first to the last matching event, empty ones included'
	}),
	totals: z
		.object({ events: Events, participants: Participants })
		.meta({ description: 'Events and participants over all buckets' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any counted row is synthetic (demo or benchmark data)' })
});
export type Timeline = z.infer<typeof Timeline>;
