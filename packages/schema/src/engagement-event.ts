/** An engagement event: a launch, a consultation, a dialogue, a roundtable ... */
import * as z from 'zod';
import { AllianceCode } from './alliance.ts';
import { ClusterId } from './reference/clusters.ts';
import { CountryCode, RegionCode } from './countries.ts';
import { Id, IsoDate, Name, Provenance } from './scalars.ts';
import { EventFormat, EventType, Theme } from './vocabulary.ts';

export const EngagementEvent = z
	.object({
		id: Id,
		/** The alliance the event belongs to; null for global events (a COP session). */
		alliance: AllianceCode.nullable(),
		type: EventType,
		title: Name,
		startDate: IsoDate,
		endDate: IsoDate.nullable(),
		format: EventFormat,
		city: z.string().trim().max(100).nullable(),
		country: CountryCode.nullable(),
		region: RegionCode.nullable(),
		clusters: z.array(ClusterId).max(4),
		themes: z.array(Theme).max(10),
		/** Participants reported for the event as a whole (may exceed the recorded participations). */
		participantsReported: z.int().nonnegative().nullable()
	})
	.extend(Provenance.shape)
	.refine((e) => e.endDate === null || e.endDate >= e.startDate, {
		error: 'An event cannot end before it starts',
		path: ['endDate']
	});
export type EngagementEvent = z.infer<typeof EngagementEvent>;
