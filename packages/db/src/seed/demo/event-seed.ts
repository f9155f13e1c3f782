/**
 * An event before it gets its id, with a sketch of who took part. Facts carry their own sketch
 * (the sources name some participants and totals); the generator fills in the rest by type.
 */
import type {
	AllianceCode,
	ClusterId,
	CountryCode,
	EngagementEvent,
	EventFormat,
	EventType,
	IsoDate,
	Provenance,
	RegionCode,
	Theme
} from '@untoc-alliance/schema';
import { addDays } from '@untoc-alliance/schema';
import type { RealOrgKey } from './organisations-real.ts';

export type Organiser = 'government' | 'international' | 'member' | RealOrgKey;

export interface ParticipationMix {
	/** People in the government delegation; null when the government did not take part. */
	government: number | null;
	/** People from UNODC and other international bodies; null when none took part. */
	international: number | null;
	/** People from each real organisation that took part. */
	real: Partial<Record<RealOrgKey, number>>;
	/** How many other member organisations took part, drawn from `pool`. */
	members: number;
	/** Alliances whose members may take part. */
	pool: readonly AllianceCode[];
	organisers: readonly Organiser[];
}

export interface EventSeed {
	alliance: AllianceCode | null;
	type: EventType;
	title: string;
	startDate: IsoDate;
	endDate: IsoDate | null;
	format: EventFormat;
	place: Place;
	clusters: ClusterId[];
	themes: Theme[];
	/** A reported total, or 'derive' to report the recorded people plus some unrecorded ones. */
	participantsReported: number | null | 'derive';
	provenance: Provenance;
	mix: Partial<ParticipationMix>;
}

export interface Place {
	city: string | null;
	country: CountryCode | null;
	region: RegionCode | null;
}

export const places = {
	islamabad: { city: 'Islamabad', country: 'PAK', region: 'PK-IS' },
	lahore: { city: 'Lahore', country: 'PAK', region: 'PK-PB' },
	mexicoCity: { city: 'Mexico City', country: 'MEX', region: 'MX-CMX' },
	vienna: { city: 'Vienna', country: 'AUT', region: null },
	panama: { city: null, country: 'PAN', region: null },
	kenya: { city: null, country: 'KEN', region: null },
	/** Online, or a place the source does not give. */
	nowhere: { city: null, country: null, region: null }
} as const satisfies Record<string, Place>;

/** The last day of an event (its start when it has no end). */
export function lastDay(event: Pick<EngagementEvent, 'startDate' | 'endDate'>): IsoDate {
	return event.endDate ?? event.startDate;
}

/** The date itself on a weekday, else the Monday after (generated events avoid weekends). */
export function workday(date: IsoDate): IsoDate {
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}
