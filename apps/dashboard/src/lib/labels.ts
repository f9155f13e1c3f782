/** Labels for codes: codes never reach the screen. */
import {
	eventTypes,
	regionNames,
	sectors,
	themes,
	type Alliance,
	type EventType,
	type RegionCode,
	type Sector,
	type Theme
} from '@untoc-alliance/schema';

const countryNames: Readonly<Record<string, string>> = { PAK: 'Pakistan', MEX: 'Mexico' };

export const sectorLabel = (code: Sector): string => sectors.labels[code];
export const themeLabel = (code: Theme): string => themes.labels[code];
export const regionLabel = (code: RegionCode): string => regionNames[code];
export const eventTypeLabel = (code: EventType): string => eventTypes.labels[code];

/** The short name of an alliance: its country's name, or the alliance's own name. */
export function allianceLabel(alliance: Pick<Alliance, 'country' | 'name'>): string {
	return countryNames[alliance.country] ?? alliance.name;
}
