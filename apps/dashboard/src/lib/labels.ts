/** Labels for codes, in the page's language: codes never reach the screen. */
import type {
	Alliance,
	Cluster,
	ContributionType,
	EventFormat,
	EventType,
	MembershipRole,
	Milestone,
	RegionCode,
	Sector,
	Side,
	Theme
} from '@untoc-alliance/schema';
import { m } from './i18n.svelte.ts';

export const sectorLabel = (code: Sector): string => m().vocab.sector[code];
export const themeLabel = (code: Theme): string => m().vocab.theme[code];
export const regionLabel = (code: RegionCode): string => m().vocab.region[code];
export const eventTypeLabel = (code: EventType): string => m().vocab.eventType[code];

/** "Cluster 1: Criminalization and jurisdiction" (the name from the reference data), "No cluster". */
export function clusterLabel(
	id: Cluster['id'] | 'none',
	clusters: readonly Pick<Cluster, 'id' | 'name'>[] = []
): string {
	if (id === 'none') return m().common.noCluster;
	const name = m().vocab.clusterName[id] ?? clusters.find((c) => c.id === id)?.name;
	return name ? m().common.clusterNamed(id, name) : m().common.cluster(id);
}

/** The short name of an alliance: its country's name, or the alliance's own name. */
export function allianceLabel(alliance: Pick<Alliance, 'country' | 'name'>): string {
	return countryName(alliance.country) ?? alliance.name;
}

export const sideLabel = (code: Side): string => m().vocab.side[code];
export const eventFormatLabel = (code: EventFormat): string => m().vocab.eventFormat[code];

/** The name of a country (ISO 3166-1 alpha-3); the code itself for a country not listed. */
export const countryLabel = (code: string): string => countryName(code) ?? code;

function countryName(code: string): string | undefined {
	const names: Readonly<Record<string, string>> = m().vocab.country;
	return names[code];
}

export const membershipRoleLabel = (code: MembershipRole): string => m().vocab.membershipRole[code];
export const contributionTypeLabel = (code: ContributionType): string =>
	m().vocab.contributionType[code];

/**
 * A milestone's label in the page's language. The API writes English labels; the kinds it knows
 * are said by the catalogue (a pilot launch with its alliance's code, a COP session by its number),
 * and a constructive dialogue keeps its event's title, which is data, not interface.
 */
export function milestoneLabel(milestone: Pick<Milestone, 'kind' | 'label' | 'alliance'>): string {
	const say = m().common.milestone;
	switch (milestone.kind) {
		case 'pilot_launch':
			return milestone.alliance ? say.pilotLaunch(milestone.alliance) : milestone.label;
		case 'cop_session': {
			const session = /^COP\d+\b/.exec(milestone.label)?.[0];
			return session ? say.copOpens(session) : milestone.label;
		}
		case 'constructive_dialogue':
			return milestone.label;
	}
}
