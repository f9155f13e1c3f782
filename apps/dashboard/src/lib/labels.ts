/** Labels for codes: codes never reach the screen. */
import {
	contributionTypes,
	eventFormats,
	eventTypes,
	membershipRoles,
	regionNames,
	sectors,
	sides,
	themes,
	type Alliance,
	type Cluster,
	type ContributionType,
	type EventFormat,
	type EventType,
	type MembershipRole,
	type RegionCode,
	type Sector,
	type Side,
	type Theme
} from '@untoc-alliance/schema';

const countryNames: Readonly<Record<string, string>> = { PAK: 'Pakistan', MEX: 'Mexico' };

export const sectorLabel = (code: Sector): string => sectors.labels[code];
export const themeLabel = (code: Theme): string => themes.labels[code];
export const regionLabel = (code: RegionCode): string => regionNames[code];
export const eventTypeLabel = (code: EventType): string => eventTypes.labels[code];

/** "Cluster 1: Criminalization and jurisdiction" (the name from the reference data), "No cluster". */
export function clusterLabel(
	id: Cluster['id'] | 'none',
	clusters: readonly Pick<Cluster, 'id' | 'name'>[] = []
): string {
	if (id === 'none') return 'No cluster';
	const name = clusters.find((c) => c.id === id)?.name;
	return name ? `Cluster ${id}: ${name}` : `Cluster ${id}`;
}

/** The short name of an alliance: its country's name, or the alliance's own name. */
export function allianceLabel(alliance: Pick<Alliance, 'country' | 'name'>): string {
	return countryNames[alliance.country] ?? alliance.name;
}

export const sideLabel = (code: Side): string => sides.labels[code];
export const eventFormatLabel = (code: EventFormat): string => eventFormats.labels[code];

/** The name of a country (ISO 3166-1 alpha-3); the code itself for a country not listed. */
export const countryLabel = (code: string): string => countryNames[code] ?? code;

export const membershipRoleLabel = (code: MembershipRole): string => membershipRoles.labels[code];
export const contributionTypeLabel = (code: ContributionType): string =>
	contributionTypes.labels[code];
