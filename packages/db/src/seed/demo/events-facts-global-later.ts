/** Dated global and regional events of 2023-2024 from the sources (domain.md A7, B1, B2). */
import type { EventSeed } from './event-seed.ts';
import { places } from './event-seed.ts';
import { globalEvent as event, unodcLed } from './events-facts-global.ts';
import { fact, inferred } from './provenance.ts';

export function globalFactsFrom2023(): EventSeed[] {
	return [
		event({
			type: 'training',
			title: 'SE4U regional training for civil society (Kenya)',
			startDate: '2023-06-15', // S11 gives Jun 2023, not the day
			format: 'in_person',
			place: places.kenya,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: inferred('S11'),
			mix: { ...unodcLed, international: 5, government: null, members: 0 }
		}),
		event({
			type: 'network_meeting',
			title: 'First joint meeting of NET4U Americas and NET4U Africa',
			startDate: '2023-12-08',
			format: 'online',
			place: places.nowhere,
			clusters: [1],
			themes: [],
			participantsReported: 24,
			provenance: fact('S32'),
			mix: { ...unodcLed, international: 2, government: null, members: 3, pool: ['MEX'] }
		}),
		event({
			type: 'side_event',
			title: 'CCPCJ33 side event: Navigating the UNTOC Review Mechanism, a Journey in Four Steps',
			startDate: '2024-05-15',
			format: 'online',
			place: places.nowhere,
			clusters: [1],
			themes: [],
			participantsReported: 60,
			provenance: fact('S46'),
			mix: { ...unodcLed, international: 6, government: 30, members: 1 }
		}),
		event({
			type: 'consultation',
			title:
				'Second gathering of UNTOC Review Mechanism officials (Smuggling of Migrants Protocol)',
			startDate: '2024-07-12',
			format: 'in_person',
			place: places.vienna,
			clusters: [1],
			themes: ['smuggling_of_migrants'],
			participantsReported: 20,
			provenance: fact('S48'),
			mix: { ...unodcLed, international: 3, government: 17, members: 0 }
		}),
		event({
			type: 'plenary',
			title: 'Twelfth session of the Conference of the Parties to UNTOC (COP12)',
			startDate: '2024-10-14',
			endDate: '2024-10-18',
			format: 'in_person',
			place: places.vienna,
			clusters: [1],
			themes: [],
			// About 1,400 participants from 131 States, 15 IGOs and 212 NGOs (S22).
			participantsReported: 1400,
			provenance: fact('S22'),
			mix: { ...unodcLed, real: { cgr: 2 }, international: 20, government: 6, members: 3 }
		}),
		event({
			type: 'side_event',
			title: 'COP12 side event of the UNODC Civil Society Unit on Voluntary Pilot Initiatives',
			startDate: '2024-10-15', // during COP12; S31 does not give the day
			format: 'in_person',
			place: places.vienna,
			clusters: [1],
			themes: [],
			participantsReported: null,
			provenance: inferred('S31'),
			mix: { ...unodcLed, real: { cgr: 1 }, international: 4, government: 2, members: 3 }
		}),
		event({
			type: 'side_event',
			title: 'COP12 side event on the UNTOC Review Mechanism',
			startDate: '2024-10-16', // during COP12; S22 does not give the day
			format: 'in_person',
			place: places.vienna,
			clusters: [1],
			themes: [],
			participantsReported: 100,
			provenance: inferred('S22'),
			mix: { ...unodcLed, international: 4, government: 6, members: 1 }
		})
	];
}
