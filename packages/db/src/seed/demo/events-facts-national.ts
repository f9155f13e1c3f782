/**
 * Dated events of Pakistan's and Mexico's alliances from the sources (domain.md B2, B3). Facts
 * are verified; rows whose day the source does not give are inferred (synthetic, with source).
 * The participation sketches follow the sources where they name people; the rows built from them
 * stay synthetic, as the sources give totals and names, not delegations.
 */
import type { EventSeed } from './event-seed.ts';
import { places } from './event-seed.ts';
import { fact, inferred } from './provenance.ts';

export function nationalFacts(): EventSeed[] {
	return [
		{
			alliance: 'PAK',
			type: 'consultation',
			title: 'NIOC and UNODC agree to guide their joint work on civil-society engagement',
			// S2 gives the month (Sep 2021), not the day.
			startDate: '2021-09-15',
			endDate: null,
			format: 'online',
			place: places.nowhere,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: inferred('S2'),
			mix: { real: { cgr: 3 }, international: 3, government: null, members: 0 }
		},
		{
			alliance: 'MEX',
			type: 'consultation',
			title: 'Pilot initiative: preparatory meeting with non-governmental stakeholders',
			startDate: '2022-03-24',
			endDate: null,
			format: 'in_person',
			place: places.mexicoCity,
			clusters: [1],
			themes: [
				'trafficking_in_persons',
				'smuggling_of_migrants',
				'firearms',
				'environmental_crime'
			],
			participantsReported: null,
			provenance: fact('S8'),
			mix: { government: null, international: 3, members: 8, organisers: ['international'] }
		},
		{
			alliance: 'MEX',
			type: 'consultation',
			title: 'Pilot initiative: preparatory meeting with the Ministry of Foreign Affairs',
			startDate: '2022-03-25',
			endDate: null,
			format: 'in_person',
			place: places.mexicoCity,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: fact('S8'),
			mix: { government: 4, international: 3, members: 0, organisers: ['international'] }
		},
		{
			alliance: 'PAK',
			type: 'advisory_board',
			title: 'NIOC Advisory Board meeting 32',
			startDate: '2022-06-24',
			endDate: null,
			format: 'in_person',
			place: places.islamabad,
			clusters: [1],
			themes: [],
			// The minutes list 4 board members and 8 of the directorate.
			participantsReported: 12,
			provenance: fact('S3'),
			mix: { real: { cgr: 12 }, organisers: ['cgr'] }
		},
		{
			alliance: 'PAK',
			type: 'consultation',
			title: 'UNODC mission to Islamabad for the pilot initiative',
			// Announced in the minutes of 24 Jun 2022 (S3); the launch on 15 Sep confirms it.
			startDate: '2022-09-12',
			endDate: '2022-09-16',
			format: 'in_person',
			place: places.islamabad,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: inferred('S3'),
			mix: { real: { cgr: 3 }, government: 5, international: 4, members: 4 }
		},
		{
			alliance: 'PAK',
			type: 'launch',
			title: "Launch of Pakistan's Voluntary Pilot Initiative on the UNTOC review",
			startDate: '2022-09-15',
			endDate: null,
			format: 'in_person',
			place: places.islamabad,
			clusters: [1],
			themes: ['trafficking_in_persons'],
			participantsReported: 45,
			provenance: fact('S7'),
			mix: {
				real: { cgr: 4 },
				government: 14,
				international: 6,
				members: 9,
				organisers: ['government', 'international']
			}
		},
		{
			alliance: 'PAK',
			type: 'advisory_board',
			title: 'NIOC Advisory Board meeting 36',
			startDate: '2022-10-28',
			endDate: null,
			format: 'online',
			place: places.nowhere,
			clusters: [1],
			themes: [],
			participantsReported: 8,
			provenance: fact('S4'),
			mix: { real: { cgr: 8 }, organisers: ['cgr'] }
		},
		{
			alliance: 'PAK',
			type: 'advisory_board',
			title: 'NIOC Advisory Board meeting 41',
			startDate: '2023-03-30',
			endDate: null,
			format: 'in_person',
			place: places.islamabad,
			clusters: [1],
			themes: [],
			participantsReported: 12,
			provenance: fact('S5'),
			mix: { real: { cgr: 12 }, organisers: ['cgr'] }
		},
		{
			alliance: 'PAK',
			type: 'roundtable',
			title:
				'Roundtable for the first International Day against Transnational Organized Crime (Lahore)',
			startDate: '2024-11-15',
			endDate: null,
			format: 'in_person',
			place: places.lahore,
			clusters: [],
			themes: ['trafficking_in_persons'],
			participantsReported: null,
			provenance: fact('S44'),
			mix: {
				real: { cgr: 2, cfhr: 3, gitoc: 2 },
				government: 1,
				international: null,
				members: 5,
				organisers: ['cgr', 'cfhr', 'gitoc']
			}
		}
	];
}
