/** Generators of the scale seed's rows, one entity at a time (never all participations at once). */
import {
	eventFormats,
	eventTypes,
	membershipRoles,
	sectors,
	themes,
	type Alliance,
	type EngagementEvent,
	type Membership,
	type Organisation,
	type Participation,
	type Sector,
	type Side
} from '@untoc-alliance/schema';
import { regionsOf, type ScalePlan } from './scale-plan.ts';
import { scaleCountries } from './scale-countries.ts';

const synthetic = { verified: false, synthetic: true, sourceUrl: null } as const;

function countryAt(index: number) {
	const country = scaleCountries[index % scaleCountries.length];
	if (!country) throw new Error('no scale countries');
	return country;
}

function some<TItem>(plan: ScalePlan, items: readonly TItem[], most: number): TItem[] {
	const count = 1 + plan.random.int(most);
	return [...new Set(Array.from({ length: count }, () => plan.random.pick(items)))];
}

/** Organisation i (0-based) works in country i mod 40; its sector is drawn at random. */
export function organisation(plan: ScalePlan, i: number): Organisation {
	const country = countryAt(i);
	const sector = plan.random.pick(sectors.codes);
	const name = `${sectors.labels[sector]} ${country.name} ${i + 1}`;
	return { id: i + 1, name, sector, country: country.code, public: true, ...synthetic };
}

/** The alliance of country c, led by its first organisation. */
export function alliance(plan: ScalePlan, c: number): Alliance {
	const country = countryAt(c);
	const lead = c < plan.organisations ? c + 1 : null;
	const name = `${country.name} civil-society alliance`;
	return {
		code: country.code,
		country: country.code,
		name,
		leadOrganisationId: lead,
		launchedOn: plan.date(),
		...synthetic
	};
}

/** The membership of organisation i in its country's alliance; one in ten has left. */
export function membership(plan: ScalePlan, i: number): Membership {
	const country = countryAt(i).code;
	const joinedOn = plan.date();
	const left = plan.random.next() < 0.1 ? plan.date() : null;
	const regions = regionsOf(country);
	return {
		id: i + 1,
		alliance: country,
		organisationId: i + 1,
		role: i < plan.countries ? 'lead' : plan.random.pick(membershipRoles.codes.slice(1)),
		joinedOn,
		leftOn: left !== null && left >= joinedOn ? left : null,
		regions: regions.length === 0 ? [] : some(plan, regions, 2),
		themes: some(plan, themes.codes, 3),
		...synthetic
	};
}

/** Event j (0-based) belongs to the alliance of country j mod 40. */
export function event(plan: ScalePlan, j: number): EngagementEvent {
	const country = countryAt(j).code;
	const type = plan.random.pick(eventTypes.codes);
	const regions = regionsOf(country);
	return {
		id: j + 1,
		alliance: country,
		type,
		title: `${eventTypes.labels[type]} ${j + 1}`,
		startDate: plan.date(),
		endDate: null,
		format: plan.random.pick(eventFormats.codes),
		city: null,
		country,
		region: regions.length === 0 ? null : plan.random.pick(regions),
		clusters: plan.random.next() < 0.5 ? ([1 + plan.random.int(4)] as (1 | 2 | 3 | 4)[]) : [],
		themes: some(plan, themes.codes, 2),
		participantsReported: null,
		...synthetic
	};
}

/** Participation k: a civil-society member of the event's country, or a delegation. */
export function participation(
	plan: ScalePlan,
	k: number,
	orgSectors: readonly Sector[]
): Participation {
	const eventIndex = plan.random.int(plan.events);
	const c = eventIndex % plan.countries;
	const roll = plan.random.next();
	const side: Side = roll < 0.7 ? 'civil_society' : roll < 0.9 ? 'government' : 'international';
	const perCountry = Math.floor((plan.organisations - c - 1) / plan.countries) + 1;
	const orgIndex =
		side === 'civil_society' && perCountry > 0
			? c + plan.countries * plan.random.int(perCountry)
			: null;
	return {
		id: k + 1,
		eventId: eventIndex + 1,
		organisationId: orgIndex === null ? null : orgIndex + 1,
		side: orgIndex === null && side === 'civil_society' ? 'government' : side,
		sector: orgIndex === null ? null : (orgSectors[orgIndex] ?? null),
		participants: 1 + plan.random.int(20),
		organiser: plan.random.next() < 0.02,
		...synthetic
	};
}
