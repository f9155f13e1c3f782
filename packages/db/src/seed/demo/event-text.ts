/** Cities and titles of the generated events. */
import { regionNames, themes } from '@untoc-alliance/schema';
import type { AllianceCode, EventType, RegionCode, Theme } from '@untoc-alliance/schema';

/** The city where a generated event in a region takes place. */
export const cityOfRegion: Partial<Record<RegionCode, string>> = {
	'PK-IS': 'Islamabad',
	'PK-PB': 'Lahore',
	'PK-SD': 'Karachi',
	'PK-KP': 'Peshawar',
	'PK-BA': 'Quetta',
	'PK-GB': 'Gilgit',
	'PK-JK': 'Muzaffarabad',
	'MX-CMX': 'Mexico City',
	'MX-CHP': 'Tapachula',
	'MX-JAL': 'Guadalajara',
	'MX-NLE': 'Monterrey',
	'MX-BCN': 'Tijuana',
	'MX-OAX': 'Oaxaca',
	'MX-VER': 'Xalapa',
	'MX-GUA': 'León',
	'MX-PUE': 'Puebla',
	'MX-YUC': 'Mérida',
	'MX-SON': 'Hermosillo',
	'MX-CHH': 'Ciudad Juárez'
};

/** The three CGR-NIOC working groups of 2023 (S5). */
export const workingGroups = {
	legal: 'Working group on UNTOC legal aspects',
	victims: "Working group on human rights and victims' perspective",
	crime: 'Working group on transnational organized crime'
} as const;
export type WorkingGroup = keyof typeof workingGroups;

export interface TitleInput {
	type: EventType;
	alliance: AllianceCode;
	region: RegionCode | null;
	theme: Theme;
	workingGroup: WorkingGroup;
}

/** A generic title for a generated national event. */
export function titleFor(input: TitleInput): string {
	const theme = themes.labels[input.theme].toLowerCase();
	const where = input.region ? ` (${regionNames[input.region]})` : ' (online)';
	const national = input.alliance === 'PAK' ? 'Pakistan' : 'Mexico';
	switch (input.type) {
		case 'consultation':
			return `Consultation on ${theme} and the UNTOC review${where}`;
		case 'workshop':
			return `Workshop on ${theme} for civil society${where}`;
		case 'training':
			return `Training on the UNTOC review mechanism${where}`;
		case 'roundtable':
			return `Roundtable on ${theme}${where}`;
		case 'conference':
			return `National conference on organized crime and the UNTOC review (${national})`;
		case 'launch':
			return `Launch of a regional chapter of the alliance${where}`;
		case 'working_group':
			return input.alliance === 'PAK'
				? `${workingGroups[input.workingGroup]}: focus group discussion`
				: `Pilot initiative working group on ${theme}`;
		case 'advisory_board':
		case 'constructive_dialogue':
		case 'side_event':
		case 'plenary':
		case 'network_meeting':
			return `${national} civil society meeting on ${theme}${where}`;
	}
}
