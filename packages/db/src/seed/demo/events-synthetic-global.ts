/**
 * Generated recurring events: NIOC Advisory Board meetings and global ones (constructive
 * dialogues, CCPCJ side events, regional network meetings, SE4U trainings). Titles are generic;
 * every row is synthetic.
 */
import { addDays, addMonths } from '@untoc-alliance/schema';
import type { AllianceCode, EventType, IsoDate, Theme } from '@untoc-alliance/schema';
import type { EventSeed } from './event-seed.ts';
import { places, workday } from './event-seed.ts';
import { clustersOn, formatOn } from './events-synthetic.ts';
import { randomFor } from './prng.ts';
import { invented } from './provenance.ts';

/**
 * The board meets monthly: meeting 32 on 24 Jun 2022 (S3), 36 on 28 Oct 2022 (S4), 41 on
 * 30 Mar 2023 (S5). The demo records every third meeting after the launch, besides those three.
 */
const recordedMeetings = { first: 35, every: 3, facts: [32, 36, 41] } as const;

function monthOfMeeting(meeting: number): IsoDate {
	return addMonths('2022-06-01', meeting - 32);
}

export function advisoryBoardMeetings(year: number): EventSeed[] {
	const meetings: EventSeed[] = [];
	for (
		let n = recordedMeetings.first;
		monthOfMeeting(n) < `${year + 1}-01-01`;
		n += recordedMeetings.every
	) {
		const month = monthOfMeeting(n);
		if (month < `${year}-01-01` || (recordedMeetings.facts as readonly number[]).includes(n))
			continue;
		const rng = randomFor('advisory-board', n);
		const startDate = workday(month.slice(0, 8) + String(rng.int(20, 28)));
		const format = rng.weighted({ in_person: 5, online: 4, hybrid: 1 });
		meetings.push({
			alliance: 'PAK',
			type: 'advisory_board',
			title: `NIOC Advisory Board meeting ${n}`,
			startDate,
			endDate: null,
			format,
			place: format === 'online' ? { ...places.nowhere, country: 'PAK' } : places.islamabad,
			clusters: [1],
			themes: [],
			participantsReported: 'derive',
			provenance: invented(),
			mix: { real: { cgr: rng.int(6, 10) }, organisers: ['cgr'] }
		});
	}
	return meetings;
}

interface Recurring {
	type: EventType;
	title: string;
	/** First and last month (1-12) in which it may fall. */
	months: readonly [number, number];
	from: number;
	skip?: readonly number[];
	pool?: readonly AllianceCode[];
	perYear?: number;
	themes?: Theme[];
}

const recurring: readonly Recurring[] = [
	{
		type: 'training',
		title: 'SE4U online training for civil society',
		months: [9, 11],
		from: 2021
	},
	{
		type: 'network_meeting',
		title: 'NET4U Americas network meeting',
		months: [4, 11],
		from: 2022,
		pool: ['MEX']
	},
	{
		type: 'constructive_dialogue',
		title: 'Constructive dialogue on international cooperation and technical assistance',
		months: [5, 6],
		from: 2023
	},
	{
		type: 'constructive_dialogue',
		title: 'Constructive dialogue on trafficking in persons and smuggling of migrants',
		months: [6, 7],
		from: 2023,
		themes: ['trafficking_in_persons', 'smuggling_of_migrants']
	},
	{
		type: 'constructive_dialogue',
		title: 'Constructive dialogue on the Firearms Protocol',
		months: [5, 6],
		from: 2023,
		themes: ['firearms']
	},
	// The real CCPCJ33 side event of 2024 is a fact (S46).
	{
		type: 'side_event',
		title: 'CCPCJ side event on civil society in the UNTOC review',
		months: [5, 5],
		from: 2023,
		skip: [2024]
	},
	{
		type: 'network_meeting',
		title: 'NET4U Asia network meeting',
		months: [3, 11],
		from: 2025,
		pool: ['PAK'],
		perYear: 2
	}
];

export function globalEvents(year: number): EventSeed[] {
	const rng = randomFor('events', 'global', year);
	return recurring
		.filter((r) => year >= r.from && !(r.skip ?? []).includes(year))
		.flatMap((r) =>
			Array.from({ length: r.perYear ?? 1 }, (): EventSeed => {
				const month = String(rng.int(r.months[0], r.months[1])).padStart(2, '0');
				const startDate = workday(rng.date(`${year}-${month}-01`, `${year}-${month}-28`));
				const online = r.type === 'training' || r.type === 'network_meeting';
				const format = online ? 'online' : year >= 2024 ? 'hybrid' : formatOn(rng, startDate);
				return {
					alliance: null,
					type: r.type,
					title: r.title,
					startDate,
					endDate: r.type === 'training' ? addDays(startDate, 2) : null,
					format,
					place: online ? places.nowhere : places.vienna,
					clusters: clustersOn(rng, startDate),
					themes: r.themes ?? [],
					participantsReported: 'derive',
					provenance: invented(),
					mix: r.pool ? { pool: r.pool } : {}
				};
			})
		);
}
