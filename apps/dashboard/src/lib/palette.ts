/**
 * One fixed colour per sector and per event type, the same in every chart and legend. The first
 * colours are Okabe–Ito (safe under the common colour-vision deficiencies), extended with Tableau 10;
 * labels and positions always carry the meaning too.
 */
import type { EventType, Sector } from '@untoc-alliance/schema';

export const sectorColours: Readonly<Record<Sector, string>> = {
	ngo: '#0072B2',
	academia: '#E69F00',
	think_tank: '#009E73',
	private_sector: '#CC79A7',
	media: '#56B4E9',
	legal: '#D55E00',
	faith_based: '#F0E442',
	youth: '#9C755F',
	victim_led: '#B07AA1',
	labour: '#59A14F',
	expert: '#7F7F7F'
};

export const eventTypeColours: Readonly<Record<EventType, string>> = {
	launch: '#000000',
	consultation: '#0072B2',
	workshop: '#E69F00',
	training: '#009E73',
	constructive_dialogue: '#D55E00',
	conference: '#56B4E9',
	roundtable: '#CC79A7',
	side_event: '#F0E442',
	plenary: '#9C755F',
	advisory_board: '#59A14F',
	working_group: '#B07AA1',
	network_meeting: '#7F7F7F'
};

/** Fill of a review bar: completed share. */
export const progressColour = '#009E73';
