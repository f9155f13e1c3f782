/**
 * Dated global and regional events from the sources (domain.md A4, A7, B1, B2): COP sessions,
 * constructive dialogues, SE4U trainings, side events. They belong to no alliance
 * (`alliance: null`); members of the alliances take part through participations. Rows whose
 * day the source does not give are inferred (synthetic, with source).
 */
import type { EventSeed } from './event-seed.ts';
import { places } from './event-seed.ts';
import { fact, inferred } from './provenance.ts';

/** Organised by UNODC; only the organisations the source names take part by name. */
export const unodcLed = { organisers: ['international'], real: {} } as const;

/** A global event: no alliance, and no end date unless given. */
export function globalEvent(
	e: Omit<EventSeed, 'alliance' | 'endDate'> & { endDate?: string }
): EventSeed {
	return { alliance: null, ...e, endDate: e.endDate ?? null };
}

export function globalFactsTo2022(): EventSeed[] {
	const event = globalEvent;
	return [
		event({
			type: 'workshop',
			title: 'First Stakeholder Engagement Needs Assessment Workshop',
			startDate: '2019-10-15', // S29 gives Oct 2019, not the day
			format: 'in_person',
			place: places.nowhere,
			clusters: [],
			themes: [],
			participantsReported: 40,
			provenance: inferred('S29'),
			mix: { ...unodcLed, international: 4, government: null, members: 0 }
		}),
		event({
			type: 'launch',
			title: 'Launch of the UNODC Toolkit on Stakeholder Engagement',
			startDate: '2020-06-18',
			format: 'online',
			place: places.nowhere,
			clusters: [],
			themes: [],
			participantsReported: null,
			provenance: fact('S29'),
			mix: { ...unodcLed, international: 5, government: null, members: 0 }
		}),
		event({
			type: 'training',
			title: 'First online training on stakeholder engagement (Americas)',
			startDate: '2020-07-21',
			endDate: '2020-07-24',
			format: 'online',
			place: places.nowhere,
			clusters: [],
			themes: ['trafficking_in_persons', 'smuggling_of_migrants', 'firearms'],
			participantsReported: null,
			provenance: fact('S29'),
			mix: { ...unodcLed, international: 6, government: null, members: 2, pool: ['MEX'] }
		}),
		event({
			type: 'plenary',
			title: 'Tenth session of the Conference of the Parties to UNTOC (COP10)',
			startDate: '2020-10-12',
			endDate: '2020-10-16',
			format: 'hybrid',
			place: places.vienna,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: fact('S15'),
			mix: { ...unodcLed, international: 10, government: 3, members: 0 }
		}),
		event({
			type: 'training',
			title: 'SE4U regional training for civil society (Asia-Pacific), with GI-TOC',
			startDate: '2020-11-09', // "the week of 9th November" (S28)
			endDate: '2020-11-13',
			format: 'online',
			place: places.nowhere,
			clusters: [1],
			themes: ['trafficking_in_persons', 'smuggling_of_migrants', 'firearms'],
			participantsReported: 50,
			provenance: inferred('S28'),
			mix: {
				...unodcLed,
				real: { gitoc: 3 },
				international: 4,
				government: null,
				members: 2,
				pool: ['PAK']
			}
		}),
		event({
			type: 'consultation',
			title: 'Regional Follow-up Consultation on UNTOC (Panama)',
			startDate: '2022-03-15', // S11 gives Mar 2022, not the day
			format: 'in_person',
			place: places.panama,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: inferred('S11'),
			mix: { ...unodcLed, international: 5, government: 2, members: 2, pool: ['MEX'] }
		}),
		...constructiveDialogues2022(),
		event({
			type: 'plenary',
			title: 'Eleventh session of the Conference of the Parties to UNTOC (COP11)',
			startDate: '2022-10-17',
			endDate: '2022-10-21',
			format: 'in_person',
			place: places.vienna,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: fact('S4'),
			// S4: Tariq Khosa (CGR-NIOC), Dr Fatima Haider (The Grief Directory) and four
			// government representatives (focal person, FIA, ambassador, first secretary).
			mix: {
				...unodcLed,
				real: { cgr: 1, griefDirectory: 1 },
				government: 4,
				international: 12,
				members: 0
			}
		})
	];
}

function constructiveDialogues2022(): EventSeed[] {
	const topics = [
		['2022-05-06', 'the Firearms Protocol', ['firearms']],
		['2022-05-27', 'international cooperation and technical assistance', []],
		[
			'2022-07-01',
			'smuggling of migrants and trafficking in persons',
			['smuggling_of_migrants', 'trafficking_in_persons']
		]
	] as const;
	return topics.map(([date, topic, themes]) => ({
		alliance: null,
		type: 'constructive_dialogue',
		title: `First constructive dialogue on ${topic}`,
		startDate: date,
		endDate: null,
		format: 'in_person',
		place: places.vienna,
		clusters: [1],
		themes: [...themes],
		participantsReported: null,
		provenance: fact('S14'),
		mix: { ...unodcLed, international: 4, government: 2, members: 1 }
	}));
}
