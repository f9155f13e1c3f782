/**
 * Generated national events of both alliances, year by year from 2019 (Pakistan; NIOC was
 * launched in 2019, S1) and from Apr 2022 (Mexico). Each year draws from its own seeded stream,
 * so a year's events never depend on later years. Types follow the period: capacity building
 * before the launch, a wider mix after it, working groups from Apr 2023 (constituted by then, S5).
 */
import { addDays } from '@untoc-alliance/schema';
import type {
	ClusterId,
	EventFormat,
	EventType,
	IsoDate,
	RegionCode,
	Theme
} from '@untoc-alliance/schema';
import type { EventSeed, ParticipationMix } from './event-seed.ts';
import { workday } from './event-seed.ts';

/** The two alliances of the demo. */
export type DemoAlliance = 'PAK' | 'MEX';
import { cityOfRegion, titleFor } from './event-text.ts';
import type { WorkingGroup } from './event-text.ts';
import { randomFor } from './prng.ts';
import type { Random } from './prng.ts';
import { invented } from './provenance.ts';

const eventsPerYear: Record<DemoAlliance, Record<number, number>> = {
	PAK: { 2019: 1, 2020: 3, 2021: 5, 2022: 10 },
	MEX: { 2019: 0, 2020: 0, 2021: 0, 2022: 6, 2023: 7, 2024: 7 }
};
const laterEventsPerYear: Record<DemoAlliance, number> = { PAK: 13, MEX: 6 };
const firstDay: Record<DemoAlliance, IsoDate> = { PAK: '2019-03-01', MEX: '2022-04-06' };

const regionWeights: Record<DemoAlliance, Partial<Record<RegionCode, number>>> = {
	PAK: {
		'PK-IS': 4,
		'PK-PB': 4,
		'PK-SD': 3,
		'PK-KP': 2.5,
		'PK-BA': 1.2,
		'PK-GB': 0.8,
		'PK-JK': 0.8
	},
	MEX: {
		'MX-CMX': 5,
		'MX-CHP': 2,
		'MX-JAL': 2,
		'MX-NLE': 2,
		'MX-BCN': 2,
		'MX-OAX': 1,
		'MX-VER': 1,
		'MX-GUA': 1,
		'MX-PUE': 1,
		'MX-YUC': 1,
		'MX-SON': 1,
		'MX-CHH': 1
	}
};

const themeWeights: Record<DemoAlliance, Partial<Record<Theme, number>>> = {
	PAK: {
		trafficking_in_persons: 5,
		smuggling_of_migrants: 4,
		money_laundering: 3,
		terrorism: 2,
		firearms: 2,
		drugs: 2,
		cybercrime: 2,
		corruption: 2,
		fraud: 1,
		environmental_crime: 0.5
	},
	MEX: {
		trafficking_in_persons: 5,
		smuggling_of_migrants: 4,
		firearms: 4,
		environmental_crime: 3,
		drugs: 2,
		money_laundering: 1,
		corruption: 1
	}
};

function typeWeights(alliance: DemoAlliance, date: IsoDate): Partial<Record<EventType, number>> {
	if (alliance === 'MEX') {
		return {
			consultation: 4,
			workshop: 3,
			training: 3,
			roundtable: 2,
			working_group: 1,
			conference: 0.6
		};
	}
	if (date < '2022-09-15') return { workshop: 3, training: 3, consultation: 4 };
	return {
		consultation: 4,
		workshop: 3,
		training: 2,
		roundtable: 3,
		conference: 0.7,
		launch: 0.4,
		working_group: date >= '2023-04-01' ? 4 : 0
	};
}

/** Online, hybrid or in person; mostly online during the pandemic (2020-2021). */
export function formatOn(rng: Random, date: IsoDate): EventFormat {
	const pandemic = date >= '2020-03-15' && date <= '2021-12-31';
	return rng.weighted(
		pandemic ? { online: 6, hybrid: 3, in_person: 1 } : { in_person: 6, hybrid: 2.5, online: 1.5 }
	);
}

/** Cluster 1 mostly (phase 1 is still running); none before the review began (Dec 2020). */
export function clustersOn(rng: Random, date: IsoDate): ClusterId[] {
	if (date < '2020-12-01') return [];
	const draw = rng.next();
	if (draw < 0.12) return [];
	if (draw < 0.2 && date >= '2025-01-01') return [1, 2];
	return [1];
}

function themesFor(rng: Random, alliance: DemoAlliance): Theme[] {
	const weights = themeWeights[alliance];
	const codes = Object.keys(weights) as Theme[];
	return rng.sample(codes, rng.int(1, 3), (code) => weights[code] ?? 1);
}

function nationalEvent(rng: Random, alliance: DemoAlliance, startDate: IsoDate): EventSeed {
	const type = rng.weighted(typeWeights(alliance, startDate));
	const format =
		type === 'conference' || type === 'launch' ? 'in_person' : formatOn(rng, startDate);
	const region: RegionCode | null =
		format === 'online'
			? null
			: type === 'conference' && alliance === 'PAK'
				? 'PK-IS'
				: rng.weighted(regionWeights[alliance]);
	const themes = themesFor(rng, alliance);
	const workingGroup = rng.pick<WorkingGroup>(['legal', 'victims', 'crime']);
	const days =
		type === 'conference' || (type === 'training' && rng.chance(0.4)) ? rng.int(1, 2) : 0;
	const mix: Partial<ParticipationMix> = {};
	if (type === 'working_group' && alliance === 'PAK') {
		mix.real = { cgr: rng.int(2, 4) };
		if (workingGroup === 'legal') mix.real.cfhr = rng.int(1, 3);
		if (workingGroup === 'victims') mix.real.griefDirectory = rng.int(1, 2);
	}
	return {
		alliance,
		type,
		title: titleFor({
			type,
			alliance,
			region,
			theme: themes[0] ?? 'trafficking_in_persons',
			workingGroup
		}),
		startDate,
		endDate: days > 0 ? addDays(startDate, days) : null,
		format,
		place: { city: region ? (cityOfRegion[region] ?? null) : null, country: alliance, region },
		clusters: clustersOn(rng, startDate),
		themes,
		participantsReported: 'derive',
		provenance: invented(),
		mix
	};
}

/** The generated national events of one alliance in one year (all of it, before any cut-off). */
export function nationalEvents(alliance: DemoAlliance, year: number): EventSeed[] {
	const rng = randomFor('events', alliance, year);
	const count = eventsPerYear[alliance][year] ?? laterEventsPerYear[alliance];
	const from = `${year}-01-08` > firstDay[alliance] ? `${year}-01-08` : firstDay[alliance];
	if (from > `${year}-12-20`) return [];
	return Array.from({ length: count }, () =>
		nationalEvent(rng, alliance, workday(rng.date(from, `${year}-12-20`)))
	);
}
