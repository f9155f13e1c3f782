/**
 * Inputs and outputs of `engagement.events` (one page of the event list) and
 * `engagement.eventById` (one event with everyone who took part).
 */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { CountryCode, RegionCode } from '../countries.ts';
import { filterShape, orderedPeriod } from '../filter.ts';
import { ClusterId } from '../reference/clusters.ts';
import { Id, IsoDate, SourceUrl } from '../scalars.ts';
import { EventFormat, EventType, Sector, Side, Theme, eventTypes } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const eventSortKeys = ['date', 'title', 'participants'] as const;

/** Input of `engagement.events`: the filter, event types, search, sort and paging. */
export const EngagementEventsInput = z
	.strictObject({
		...filterShape,
		types: z
			.array(EventType)
			.max(eventTypes.codes.length)
			.nonempty()
			.optional()
			.meta({ description: 'Only events of these types' }),
		q: z
			.string()
			.trim()
			.max(100)
			.optional()
			.meta({ description: 'Text to search for in event titles and cities' }),
		sort: z.enum(eventSortKeys).default('date').meta({ description: 'Column to sort by' }),
		order: z
			.enum(['asc', 'desc'])
			.default('desc')
			.meta({ description: 'Sort order; newest first by default' }),
		page: z.int().min(1).max(100_000).default(1).meta({ description: 'Page number, from 1' }),
		pageSize: z.int().min(1).max(100).default(20).meta({ description: 'Rows per page, 1 to 100' })
	})
	.check(orderedPeriod);
export type EngagementEventsInput = z.input<typeof EngagementEventsInput>;

const BySide = z.array(z.object({ side: Side, participants: Count })).meta({
	description: 'Participants per side, in vocabulary order; sides that did not take part left out'
});
const BySector = z.array(z.object({ sector: Sector, participants: Count })).meta({
	description: 'Civil-society participants per sector, largest first; sectors with none left out'
});

export const EventRow = z.object({
	id: Id.meta({ description: 'Event id' }),
	alliance: AllianceCode.nullable().meta({
		description: 'Alliance of the event, null for global events'
	}),
	type: EventType,
	title: z.string().meta({ description: 'Title of the event' }),
	startDate: IsoDate.meta({ description: 'First day' }),
	endDate: IsoDate.nullable().meta({ description: 'Last day, null for a one-day event' }),
	format: EventFormat,
	city: z.string().nullable().meta({ description: 'City, null when online or unknown' }),
	country: CountryCode.nullable().meta({ description: 'Country, null when online or unknown' }),
	region: RegionCode.nullable().meta({ description: 'Region, null when unknown' }),
	clusters: z.array(ClusterId).max(4).meta({ description: 'Review clusters the event served' }),
	organisers: z.array(z.string()).max(20).meta({
		description: 'Names of the organising organisations (or sides for delegations), up to 20'
	}),
	participants: Count.meta({ description: 'Recorded participants, all sides' }),
	bySide: BySide,
	bySector: BySector,
	synthetic: z
		.boolean()
		.meta({ description: 'True when the event is invented (demo or benchmark data)' }),
	verified: z.boolean().meta({ description: 'True when the event is stated in its source' })
});
export type EventRow = z.infer<typeof EventRow>;

export const EventsPage = z.object({
	total: Count.meta({ description: 'Events that match, over all pages' }),
	page: z.int().min(1).meta({ description: 'Page number, from 1' }),
	pageSize: z.int().min(1).meta({ description: 'Rows per page' }),
	rows: z.array(EventRow).max(100).meta({ description: 'The events on this page' })
});
export type EventsPage = z.infer<typeof EventsPage>;

/** Input of `engagement.eventById`. */
export const EventByIdInput = z.strictObject({
	id: Id.meta({ description: 'Event id, as listed by `engagement.events`' })
});
export type EventByIdInput = z.infer<typeof EventByIdInput>;

export const EventParticipant = z.object({
	organisationId: Id.nullable().meta({
		description: 'Organisation id, null for a delegation not tied to a recorded organisation'
	}),
	membershipId: Id.nullable().meta({
		description: "The organisation's membership of the event's alliance, null when none"
	}),
	name: z.string().nullable().meta({ description: 'Organisation name, null for a delegation' }),
	side: Side,
	sector: Sector.nullable().meta({ description: 'Sector of a civil-society participant' }),
	participants: Count.meta({ description: 'People it sent' }),
	organiser: z.boolean().meta({ description: 'True when it organised the event' })
});
export type EventParticipant = z.infer<typeof EventParticipant>;

export const EventDetail = EventRow.extend({
	themes: z.array(Theme).max(10).meta({ description: 'Crime areas the event addressed' }),
	participantsReported: Count.nullable().meta({
		description: 'Participants reported for the whole event, null when unknown'
	}),
	sourceUrl: SourceUrl.nullable().meta({ description: 'Public source of the event' }),
	participations: z.array(EventParticipant).max(2_000).meta({
		description: 'Everyone recorded as taking part: organisers first, then by side and name'
	})
});
export type EventDetail = z.infer<typeof EventDetail>;
