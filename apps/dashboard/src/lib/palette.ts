/**
 * One fixed colour per sector and per event type, the same in every chart and legend. Built from
 * Okabe–Ito's blue, vermillion and bluish green, then chosen so that every colour has at least 3:1
 * contrast against both chart surfaces, the light theme's white and the dark theme's #16191d (app.css
 * `--surface`), and every pair stays apart (CIELAB ΔE ≥ 12) under simulated deuteranopia,
 * protanopia and tritanopia. Labels and positions always carry the meaning too; palette.test.ts
 * checks the contrast. Text never takes these colours: it is in the page's text colour, or in black
 * or white on a mark (whichever contrasts more).
 */
import type { EventType, Sector, Side } from '@untoc-alliance/schema';

export const sectorColours: Readonly<Record<Sector, string>> = {
	ngo: '#0072B2',
	academia: '#D55E00',
	think_tank: '#009E73',
	private_sector: '#A95D34',
	media: '#8C82E5',
	legal: '#9A3AF1',
	faith_based: '#679556',
	youth: '#EE00CA',
	victim_led: '#C774AC',
	labour: '#A14F8C',
	expert: '#6E6E6E'
};

export const eventTypeColours: Readonly<Record<EventType, string>> = {
	launch: '#8E6D50',
	consultation: '#0072B2',
	workshop: '#D55E00',
	training: '#009E73',
	constructive_dialogue: '#9A3AF1',
	conference: '#8C82E5',
	roundtable: '#C774AC',
	side_event: '#EE00CA',
	plenary: '#A95D34',
	advisory_board: '#629E27',
	working_group: '#A14F8C',
	network_meeting: '#6E6E6E'
};

/** Fill of a review bar: completed share. */
export const progressColour = '#009E73';

/** One colour per side of the trilateral framework (Government, Civil Society Alliance, UNODC). */
export const sideColours: Readonly<Record<Side, string>> = {
	government: '#9C7A00',
	civil_society: '#2A9D8F',
	international: '#3B82C4'
};

/** Fill of bars whose category is named by its label alone (clusters, trilateral shares). */
export const neutralBarColour = '#64788C';

/**
 * The review timelines' marks: the planned line and due date, a completed step, one in progress,
 * a delay band's outline and the "today" rule. Their labels are written in the page's text colour.
 */
export const reviewColours = {
	planned: '#0072B2',
	completed: '#009E73',
	inProgress: '#0072B2',
	delay: '#D55E00',
	today: '#D7263D'
} as const;
