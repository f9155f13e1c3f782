/** The sizes and shared lookups of a scale seed of N participations. */
import {
	addDays,
	daysBetween,
	regionNames,
	type IsoDate,
	type RegionCode
} from '@untoc-alliance/schema';
import { mulberry32, type Random } from './prng.ts';
import { scaleCountries } from './scale-countries.ts';

/** How much of everything a scale seed makes, and its random source. */
export interface ScalePlan {
	random: Random;
	records: number;
	organisations: number;
	events: number;
	countries: number;
	today: IsoDate;
	/** Picks a date from 2019-01-01 to today. */
	date(): IsoDate;
}

const firstDay = '2019-01-01';
const allRegions = Object.keys(regionNames) as RegionCode[];

/** The known regions of a country (only PAK and MEX have any). */
export function regionsOf(country: string): RegionCode[] {
	const prefix = country === 'PAK' ? 'PK-' : country === 'MEX' ? 'MX-' : null;
	return prefix === null ? [] : allRegions.filter((r) => r.startsWith(prefix));
}

/** Sizes for N participations: max(200, N/200) organisations (at most 5,000), N/100 events. */
export function scalePlan(records: number, today: IsoDate): ScalePlan {
	const random = mulberry32(0x5eed ^ records);
	const span = Math.max(1, daysBetween(firstDay, today));
	return {
		random,
		records,
		organisations: Math.min(5_000, Math.max(200, Math.floor(records / 200))),
		events: Math.max(1, Math.round(records / 100)),
		countries: scaleCountries.length,
		today,
		date: () => addDays(firstDay, random.int(span + 1))
	};
}
