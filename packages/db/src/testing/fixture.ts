/**
 * A small hand-made Dataset for the tests, small enough to count by hand: two alliances, eight
 * members, eight events, thirteen participations and three reviews. "today" is 2024-06-15.
 */
import type {
	CountryReview,
	EngagementEvent,
	Membership,
	Organisation,
	Participation
} from '@untoc-alliance/schema';
import type { Dataset } from '../dataset.ts';

export const fixtureToday = '2024-06-15';

const real = { verified: true, synthetic: false, sourceUrl: null };
const made = { verified: false, synthetic: true, sourceUrl: null };

function org(id: number, name: string, sector: Organisation['sector']): Organisation {
	const country = id >= 7 ? 'MEX' : 'PAK';
	return { id, name, sector, country, public: true, ...(id === 8 ? made : real) };
}

type MemberArgs = [
	number,
	string,
	string,
	string | null,
	Membership['regions'],
	Membership['themes']
];
function member([id, alliance, joinedOn, leftOn, regions, themes]: MemberArgs): Membership {
	const p = id === 8 ? made : real;
	return {
		id,
		alliance,
		organisationId: id,
		role: 'member',
		joinedOn,
		leftOn,
		regions,
		themes,
		...p
	};
}

type EventArgs = [
	number,
	string | null,
	EngagementEvent['type'],
	string,
	EngagementEvent['region'],
	EngagementEvent['themes']
];
function event([id, alliance, type, startDate, region, themes]: EventArgs): EngagementEvent {
	const base = { title: `Event ${id}`, endDate: null, format: 'in_person' as const, city: null };
	const more = { country: alliance, clusters: [], participantsReported: null };
	return {
		id,
		alliance,
		type,
		startDate,
		region,
		themes,
		...base,
		...more,
		...(id === 7 ? made : real)
	};
}

type ParticipationArgs = [
	number,
	number,
	number | null,
	Participation['side'],
	Participation['sector'],
	number
];
function participation([
	id,
	eventId,
	organisationId,
	side,
	sector,
	participants
]: ParticipationArgs): Participation {
	return { id, eventId, organisationId, side, sector, participants, organiser: false, ...real };
}

const reviews: CountryReview[] = [
	{
		id: 1,
		country: 'PAK',
		cluster: 1,
		group: 3,
		startedOn: '2022-09-15',
		...real,
		steps: [
			{
				step: 'focal_point',
				status: 'completed',
				startedOn: null,
				completedOn: '2022-09-25',
				...real
			},
			{ step: 'experts', status: 'completed', startedOn: null, completedOn: '2022-10-20', ...real },
			{
				step: 'self_assessment',
				status: 'completed',
				startedOn: '2022-11-01',
				completedOn: '2023-05-15',
				...real
			},
			{
				step: 'written_feedback',
				status: 'in_progress',
				startedOn: '2023-06-01',
				completedOn: null,
				...real
			},
			{ step: 'dialogue', status: null, startedOn: null, completedOn: null, ...real }
		]
	},
	{ id: 2, country: 'PAK', cluster: 2, group: 3, startedOn: null, steps: [], ...real },
	{
		id: 3,
		country: 'MEX',
		cluster: 1,
		group: 1,
		startedOn: '2024-06-01',
		...made,
		steps: [
			{ step: 'focal_point', status: 'not_started', startedOn: null, completedOn: null, ...made },
			{ step: 'experts', status: 'not_started', startedOn: null, completedOn: null, ...made }
		]
	}
];

/** The fixture Dataset (a fresh copy each call). */
export function fixtureDataset(): Dataset {
	return {
		countries: [
			{ code: 'PAK', name: 'Pakistan', regionalGroup: 'asia_pacific' },
			{ code: 'MEX', name: 'Mexico', regionalGroup: 'latin_american_caribbean' }
		],
		alliances: [
			{
				code: 'MEX',
				country: 'MEX',
				name: 'Mexico alliance',
				leadOrganisationId: 7,
				launchedOn: null,
				...real
			},
			{
				code: 'PAK',
				country: 'PAK',
				name: 'Pakistan alliance',
				leadOrganisationId: 1,
				launchedOn: '2022-09-15',
				...real
			}
		],
		organisations: [
			org(1, 'Alpha Rights Forum', 'ngo'),
			org(2, 'Beta University', 'academia'),
			org(3, 'Gamma Institute', 'think_tank'),
			org(4, 'Delta Media House', 'media'),
			org(5, 'Epsilon Legal Aid', 'legal'),
			org(6, 'Zeta Research Centre', 'academia'),
			org(7, 'Eta Youth Network', 'youth'),
			org(8, 'Theta Observatorio', 'ngo')
		],
		memberships: (
			[
				[
					1,
					'PAK',
					'2022-09-15',
					null,
					['PK-IS', 'PK-PB'],
					['trafficking_in_persons', 'smuggling_of_migrants']
				],
				[2, 'PAK', '2022-09-15', null, ['PK-PB'], ['cybercrime']],
				[3, 'PAK', '2023-03-01', '2024-01-31', ['PK-SD'], ['corruption', 'money_laundering']],
				[4, 'PAK', '2024-07-01', null, ['PK-IS'], ['trafficking_in_persons']],
				[5, 'PAK', '2021-01-10', '2024-06-15', ['PK-KP'], ['firearms']],
				[6, 'PAK', '2023-06-01', null, ['PK-PB', 'PK-SD'], ['trafficking_in_persons', 'drugs']],
				[7, 'MEX', '2022-01-01', null, ['MX-CMX'], ['smuggling_of_migrants']],
				[8, 'MEX', '2023-01-01', null, [], ['trafficking_in_persons']]
			] satisfies MemberArgs[]
		).map(member),
		events: (
			[
				[1, 'PAK', 'launch', '2022-09-15', 'PK-IS', ['trafficking_in_persons']],
				[2, 'PAK', 'consultation', '2022-09-20', 'PK-PB', ['smuggling_of_migrants']],
				[3, 'PAK', 'workshop', '2022-11-05', null, ['trafficking_in_persons', 'cybercrime']],
				[4, 'PAK', 'workshop', '2023-01-10', 'PK-IS', ['corruption']],
				[5, 'MEX', 'conference', '2022-10-01', 'MX-CMX', ['smuggling_of_migrants']],
				[6, null, 'plenary', '2022-10-15', null, []],
				[7, 'PAK', 'training', '2022-09-30', 'PK-PB', []],
				[8, 'PAK', 'roundtable', '2023-08-10', null, []]
			] satisfies EventArgs[]
		).map(event),
		participations: (
			[
				[1, 1, 1, 'civil_society', 'ngo', 10],
				[2, 1, 2, 'civil_society', 'academia', 5],
				[3, 1, null, 'government', null, 20],
				[4, 1, null, 'international', null, 3],
				[5, 2, 2, 'civil_society', 'academia', 7],
				[6, 2, null, 'government', null, 4],
				[7, 3, 1, 'civil_society', 'ngo', 6],
				[8, 4, 6, 'civil_society', 'academia', 2],
				[9, 4, 3, 'civil_society', 'think_tank', 8],
				[10, 5, 7, 'civil_society', 'youth', 12],
				[11, 6, null, 'international', null, 100],
				[12, 7, 1, 'civil_society', 'ngo', 1],
				[13, 8, 6, 'civil_society', 'academia', 4]
			] satisfies ParticipationArgs[]
		).map(participation),
		reviews,
		contributions: [
			{
				id: 1,
				country: 'PAK',
				cluster: 1,
				type: 'parallel_report',
				title: 'Report',
				date: '2023-04-01',
				organisationIds: [1, 2],
				...real
			}
		]
	};
}
