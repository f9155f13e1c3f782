/** An engagement event: a launch, a consultation, a dialogue, a roundtable ... */
import * as z from 'zod';
import { AllianceCode } from './alliance.ts';
import { ClusterId } from './reference/clusters.ts';
import { CountryCode, RegionCode } from './countries.ts';
import { Id, RecordDate, Name, Provenance } from './scalars.ts';
import { EventFormat, EventType, Theme } from './vocabulary.ts';

export const EngagementEvent = z
	.object({
		id: Id.meta({ description: 'Row id of the event' }),
		/** The alliance the event belongs to; null for global events (a COP session). */
		alliance: AllianceCode.nullable().meta({
			description: 'Alliance the event belongs to, null for global events such as a COP session'
		}),
		type: EventType.meta({ description: 'Kind of event' }),
		title: Name.meta({ description: 'Title of the event' }),
		startDate: RecordDate.meta({ description: 'First day of the event' }),
		endDate: RecordDate.nullable().meta({
			description: 'Last day of the event, null for a one-day event'
		}),
		format: EventFormat.meta({ description: 'How the event was held' }),
		city: z
			.string()
			.trim()
			.max(100)
			.nullable()
			.meta({ description: 'City the event took place in, null when online or unknown' }),
		country: CountryCode.nullable().meta({
			description: 'Country the event took place in, null when online or unknown'
		}),
		region: RegionCode.nullable().meta({
			description: 'Region (ISO 3166-2) the event took place in, null when unknown'
		}),
		clusters: z
			.array(ClusterId)
			.max(4)
			.meta({ description: 'Review clusters the event addresses' }),
		themes: z.array(Theme).max(10).meta({ description: 'Crime areas the event addresses' }),
		/** Participants reported for the event as a whole (may exceed the recorded participations). */
		participantsReported: z.int().nonnegative().nullable().meta({
			description:
				'Participants reported for the whole event (may exceed the recorded participations), null when unknown'
		})
	})
	.extend(Provenance.shape)
	.refine((e) => e.endDate === null || e.endDate >= e.startDate, {
		error: 'An event cannot end before it starts',
		path: ['endDate']
	});
export type EngagementEvent = z.infer<typeof EngagementEvent>;
