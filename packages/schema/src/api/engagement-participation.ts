/**
 * Output of `engagement.participation`: participants per time bucket by sector and by side of the
 * trilateral framework, and per event type the share of events all three sides took part in.
 */
import * as z from 'zod';
import { IsoDate } from '../scalars.ts';
import { EventType, Interval, Sector, Side } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const ParticipationBucket = z.object({
	start: IsoDate.meta({ description: 'First day of the bucket (a month, quarter or year)' }),
	events: Count.meta({ description: 'Events in the bucket that match the filter' }),
	bySector: z
		.array(
			z.object({
				sector: Sector,
				participants: Count.meta({ description: 'Participants of this sector' })
			})
		)
		.meta({
			description:
				'Civil-society participants per sector (only the filtered sectors with a sector filter); sectors with none are left out'
		}),
	bySide: z
		.array(
			z.object({
				side: Side,
				participants: Count.meta({ description: 'Participants of this side' })
			})
		)
		.meta({
			description:
				'Participants per side; with a sector filter civil society counts only those sectors. Sides that did not take part are left out'
		})
});
export type ParticipationBucket = z.infer<typeof ParticipationBucket>;

export const TrilateralShare = z.object({
	type: EventType,
	events: Count.meta({ description: 'Events of this type that match the filter' }),
	trilateral: Count.meta({
		description:
			'Events of this type where government, civil society and international all took part'
	}),
	share: z.number().min(0).max(1).meta({ description: 'trilateral / events, between 0 and 1' })
});
export type TrilateralShare = z.infer<typeof TrilateralShare>;

export const EngagementParticipation = z.object({
	interval: Interval.meta({ description: 'Width of the buckets' }),
	buckets: z.array(ParticipationBucket).max(2_000).meta({
		description: 'Every bucket from the first to the last matching event, empty ones included'
	}),
	byType: z.array(TrilateralShare).meta({
		description:
			'Per event type with at least one matching event: how often all three sides took part'
	}),
	synthetic: z
		.boolean()
		.meta({ description: 'True when any counted event is synthetic (demo or benchmark data)' })
});
export type EngagementParticipation = z.infer<typeof EngagementParticipation>;
