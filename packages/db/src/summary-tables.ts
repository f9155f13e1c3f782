/**
 * Row types of the summary tables: derived from the raw tables by `rebuildSummaries` and kept
 * current by `addParticipation` in the same write transaction. Masks are bit sets over the
 * vocabulary order of sectors and themes (see codes.ts).
 */

/** One row per event: what the timeline filters on, and its participant total. */
export interface EventFactTable {
	event_id: number;
	alliance: string | null;
	/** `YYYY-MM` of the start date. */
	month: string;
	start_date: string;
	type: string;
	region: string | null;
	theme_mask: number;
	/** Sectors with at least one participation in the event. */
	sector_mask: number;
	participants: number;
	/** 1 when the event or any of its participations is synthetic. */
	synthetic: number;
}

/** Civil-society participants of one event and sector. */
export interface EventSectorFactTable {
	event_id: number;
	sector: string;
	participants: number;
}

/** Participants of one event and side; a row exists when the side took part (even with 0). */
export interface EventSideFactTable {
	event_id: number;
	side: string;
	participants: number;
}

/** Events and participants per scope (alliance code, or `*` for all events), month and type. */
export interface TimelineRollupTable {
	scope: string;
	month: string;
	type: string;
	events: number;
	participants: number;
	synthetic_events: number;
}

/** Events per scope, month, type and sector set, for "any of these sectors" event counts. */
export interface TimelineMaskRollupTable {
	scope: string;
	month: string;
	type: string;
	sector_mask: number;
	events: number;
	synthetic_events: number;
}

/** Civil-society participants per scope, month, type and sector. */
export interface TimelineSectorRollupTable {
	scope: string;
	month: string;
	type: string;
	sector: string;
	participants: number;
}

/**
 * One row per organisation and event it took part in (several participations of the same
 * organisation in one event are one row), with the event's alliance, date, region and themes.
 */
export interface OrganisationEventFactTable {
	organisation_id: number;
	event_id: number;
	alliance: string | null;
	start_date: string;
	region: string | null;
	theme_mask: number;
	/** Sector of its participations (the organisation's sector). */
	sector: string | null;
	/** People the organisation sent to the event. */
	participants: number;
}

/** Events and people of one organisation per scope (alliance code, or `*` for all events) and year. */
export interface OrganisationYearRollupTable {
	scope: string;
	organisation_id: number;
	/** `YYYY` of the events' start dates. */
	year: string;
	sector: string | null;
	events: number;
	participants: number;
	/** Start date of the organisation's latest event in the scope and year. */
	last_date: string;
}

/** One row per membership with its organisation's name and sector and a theme bit set. */
export interface MemberFactTable {
	membership_id: number;
	alliance: string;
	name: string;
	name_key: string;
	sector: string;
	joined_on: string;
	left_on: string | null;
	theme_mask: number;
	/** 1 when the membership or its organisation is synthetic. */
	synthetic: number;
}
