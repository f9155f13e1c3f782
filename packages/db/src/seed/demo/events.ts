/**
 * Events and participations: the facts plus the generated events of every year up to `lastYear`,
 * in date order with ids, each with its participations. Nothing here depends on the exact day
 * of `today` (that cut is made later), so the rows of a year keep their ids whatever the year.
 */
import type { EngagementEvent, Id, Organisation, Participation } from '@untoc-alliance/schema';
import type { EventSeed } from './event-seed.ts';
import { factEvents } from './events-facts.ts';
import { advisoryBoardMeetings, globalEvents } from './events-synthetic-global.ts';
import { nationalEvents } from './events-synthetic.ts';
import type { Members } from './memberships.ts';
import { memberProfiles, participationsOf } from './participations.ts';
import { randomFor } from './prng.ts';

export const firstYear = 2019;

export interface Engagement {
	events: EngagementEvent[];
	participations: Participation[];
}

function seedsUpTo(lastYear: number): EventSeed[] {
	const seeds = factEvents().filter((e) => Number(e.startDate.slice(0, 4)) <= lastYear);
	for (let year = firstYear; year <= lastYear; year++) {
		seeds.push(
			...nationalEvents('PAK', year),
			...nationalEvents('MEX', year),
			...advisoryBoardMeetings(year),
			...globalEvents(year)
		);
	}
	// By date, then title, compared by code points (no locale, so every machine agrees); the
	// sort is stable, so equal keys keep the deterministic order of generation.
	const key = (e: EventSeed) => `${e.startDate} ${e.title}`;
	return seeds.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function eventRow(
	id: Id,
	seed: EventSeed,
	participations: readonly Participation[]
): EngagementEvent {
	let reported = seed.participantsReported;
	if (reported === 'derive') {
		const rng = randomFor('reported', id);
		const recorded = participations.reduce((sum, p) => sum + p.participants, 0);
		reported = rng.chance(0.2) ? null : recorded + rng.int(0, Math.round(recorded * 0.3));
	}
	return {
		id,
		alliance: seed.alliance,
		type: seed.type,
		title: seed.title,
		startDate: seed.startDate,
		endDate: seed.endDate,
		format: seed.format,
		city: seed.place.city,
		country: seed.place.country,
		region: seed.place.region,
		clusters: seed.clusters,
		themes: seed.themes,
		participantsReported: reported,
		...seed.provenance
	};
}

export function demoEngagement(options: { lastYear: number; members: Members }): Engagement {
	const profiles = memberProfiles(options.members);
	const organisations = new Map<Id, Organisation>(
		options.members.organisations.map((o) => [o.id, o])
	);
	const events: EngagementEvent[] = [];
	const participations: Participation[] = [];
	seedsUpTo(options.lastYear).forEach((seed, index) => {
		const eventId = index + 1;
		const numbered = participationsOf({ eventId, seed, profiles, organisations }).map(
			(row, i): Participation => ({ id: participations.length + i + 1, ...row })
		);
		participations.push(...numbered);
		events.push(eventRow(eventId, seed, numbered));
	});
	return { events, participations };
}
