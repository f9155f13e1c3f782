/**
 * Test data for the engagement details: API results of the shapes in the schema package and a
 * fake `DashboardApi` that answers from them (tests only; the app never imports this file).
 */
import type {
	EngagementEventsInput,
	EngagementMembers,
	EngagementNetwork,
	EventDetail,
	EventRow,
	EventsPage
} from '@untoc-alliance/schema';
import { vi, type Mock } from 'vitest';
import type { DashboardApi } from '../../trpc.ts';

const member = (id: number, name: string, [events, lastEvent]: [number, string | null]) => ({
	id,
	name,
	sector: id % 2 === 0 ? ('academia' as const) : ('ngo' as const),
	events,
	participants: events * 2,
	lastEvent
});

export const membersResult: EngagementMembers = {
	members: 52,
	most: [
		member(1, 'Centre for Governance Research', [14, '2024-11-15']),
		member(2, 'LUMS', [9, '2024-10-01'])
	],
	least: [member(3, 'Quiet Trust', [0, null]), member(4, 'Slow Institute', [1, '2023-02-01'])],
	inactive: {
		total: 12,
		rows: [member(3, 'Quiet Trust', [0, null]), member(4, 'Slow Institute', [1, '2023-02-01'])]
	},
	since: '2023-12-31',
	asOf: '2024-12-31',
	synthetic: true,
	suppressedBelow: null
};

export const networkResult: EngagementNetwork = {
	nodes: [
		{ id: 10, membershipId: 1, name: 'Alpha', sector: 'ngo', events: 9 },
		{ id: 11, membershipId: 2, name: 'Beta', sector: 'academia', events: 6 },
		{ id: 12, membershipId: null, name: 'Gamma', sector: 'media', events: 3 },
		{ id: 13, membershipId: 4, name: 'Delta', sector: 'academia', events: 1 }
	],
	links: [
		{ source: 10, target: 11, shared: 5 },
		{ source: 10, target: 12, shared: 2 },
		{ source: 11, target: 13, shared: 1 }
	],
	organisations: 40,
	synthetic: true,
	suppressedBelow: null
};

/** Event `i` (1-based): alternating types, dates one week apart from 2 Jan 2023. */
export function eventRow(i: number): EventRow {
	const day = new Date(Date.UTC(2023, 0, 2 + 7 * (i - 1))).toISOString().slice(0, 10);
	return {
		id: i,
		alliance: 'PAK',
		type: i % 2 === 0 ? 'workshop' : 'roundtable',
		title: `Event ${String(i).padStart(2, '0')}${i === 7 ? ' in Lahore' : ''}`,
		startDate: day,
		endDate:
			i % 5 === 0 ? day.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')) : null,
		format: i % 3 === 0 ? 'online' : 'in_person',
		city: i % 3 === 0 ? null : 'Islamabad',
		country: i % 3 === 0 ? null : 'PAK',
		region: null,
		clusters: i % 2 === 0 ? [1, 3] : [],
		organisers: ['Centre for Governance Research'],
		participants: 10 + i,
		bySide: [
			{ side: 'government', participants: 4 },
			{ side: 'civil_society', participants: 4 + i },
			{ side: 'international', participants: 2 }
		],
		bySector: [{ sector: 'ngo', participants: 4 + i }],
		synthetic: true,
		verified: false
	};
}

const allEvents = Array.from({ length: 45 }, (_, i) => eventRow(i + 1));

/** A page of the 45 fixture events, filtered, sorted and paged like the API. */
export function eventsPage(input: EngagementEventsInput): EventsPage {
	const { types, q, sort = 'date', order = 'desc', page = 1, pageSize = 20 } = input;
	const matching = allEvents.filter(
		(e) =>
			(!types || types.includes(e.type)) &&
			(!q || `${e.title} ${e.city ?? ''}`.toLowerCase().includes(q.toLowerCase()))
	);
	const by = (e: EventRow) =>
		sort === 'title' ? e.title : sort === 'participants' ? e.participants : e.startDate;
	const sorted = [...matching].sort((a, b) => {
		const c = by(a) < by(b) ? -1 : by(a) > by(b) ? 1 : 0;
		return order === 'asc' ? c : -c;
	});
	const rows = sorted.slice((page - 1) * pageSize, page * pageSize);
	return { total: matching.length, page, pageSize, rows };
}

export function eventDetail(id: number): EventDetail {
	return {
		...eventRow(id),
		themes: ['drugs', 'corruption'],
		participantsReported: 40,
		sourceUrl: 'https://example.org/event',
		participations: [
			{
				organisationId: 10,
				membershipId: 1,
				name: 'Centre for Governance Research',
				side: 'civil_society',
				sector: 'ngo',
				participants: 4 + id,
				organiser: true
			},
			{
				organisationId: null,
				membershipId: null,
				name: null,
				side: 'government',
				sector: null,
				participants: 4,
				organiser: false
			},
			{
				organisationId: 30,
				membershipId: null,
				name: 'UNODC',
				side: 'international',
				sector: null,
				participants: 2,
				organiser: false
			}
		]
	};
}

/** An API error as tRPC's client throws it. */
export function apiError(code: string, message: string): Error {
	return Object.assign(new Error(message), { data: { code } });
}

/** The fake API: every call a mock, so tests can check what was asked. */
export type FakeApi = { [TKey in keyof DashboardApi]: Mock<DashboardApi[TKey]> };

/** A fake API answering the engagement calls from the fixtures (or `overrides`); others reject. */
export function fakeApi(overrides: Partial<DashboardApi> = {}): FakeApi {
	const reject = () => Promise.reject(new Error('not in this test'));
	const calls: DashboardApi = {
		me: () => Promise.resolve(null),
		vocabulary: reject,
		composition: reject,
		matrix: reject,
		timeline: reject,
		progress: reject,
		contributions: reject,
		treatyStatus: reject,
		growth: reject,
		members: reject,
		member: reject,
		participation: reject,
		byCluster: reject,
		milestones: reject,
		engagedMembers: () => Promise.resolve(membersResult),
		network: () => Promise.resolve(networkResult),
		events: (input) => Promise.resolve(eventsPage(input)),
		event: (id) => Promise.resolve(eventDetail(id)),
		...overrides
	};
	const mocked = Object.entries(calls).map(([name, call]) => [name, vi.fn(call)]);
	return Object.fromEntries(mocked) as FakeApi;
}
