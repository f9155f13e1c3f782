/** About fifty realistic dashboard filters per procedure, the same on every run (seeded). */
import type {
	DashboardFilter,
	EngagementEventsInput,
	EngagementMembersInput,
	EngagementNetworkInput,
	EventByIdInput,
	MemberByIdInput,
	MembersListInput,
	RegionCode,
	ReviewProgressInput,
	Sector,
	TimelineInput
} from '@untoc-alliance/schema';
import { sectors } from '@untoc-alliance/schema';

/** The inputs each benchmarked procedure rotates over. */
export interface BenchInputs {
	'alliance.composition': DashboardFilter[];
	'engagement.timeline': TimelineInput[];
	'engagement.participation': TimelineInput[];
	'engagement.byCluster': DashboardFilter[];
	'engagement.members': EngagementMembersInput[];
	'engagement.network': EngagementNetworkInput[];
	'engagement.events': EngagementEventsInput[];
	'engagement.eventById': EventByIdInput[];
	'engagement.milestones': DashboardFilter[];
	'members.list': MembersListInput[];
	'review.progress': ReviewProgressInput[];
	'alliance.growth': DashboardFilter[];
	'alliance.matrix': DashboardFilter[];
	'members.byId': MemberByIdInput[];
}

function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const pakRegions: RegionCode[] = ['PK-IS', 'PK-PB', 'PK-SD', 'PK-KP', 'PK-BA'];
const periods = [
	{},
	{ from: '2020-01-01', to: '2024-12-31' },
	{ from: '2022-09-15' },
	{ from: '2023-01-01', to: '2023-12-31' },
	{ to: '2021-12-31' }
];

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)] as T;
}

function sectorSubset(random: () => number): Sector[] | undefined {
	const size = Math.floor(random() * 4);
	if (size === 0) return undefined;
	const chosen = new Set<Sector>();
	while (chosen.size < size) chosen.add(pick(sectors.codes, random));
	return [...chosen];
}

function filterAt(options: {
	alliances: string[];
	random: () => number;
	i: number;
}): DashboardFilter {
	const { alliances, random, i } = options;
	const alliance = i % 5 === 4 ? undefined : alliances[i % alliances.length];
	const regions = alliance === 'PAK' && random() < 0.3 ? [pick(pakRegions, random)] : undefined;
	const filter: DashboardFilter = { alliance, sectors: sectorSubset(random), regions };
	return { ...filter, ...pick(periods, random) };
}

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Fifty filters over the given alliances, and the per-procedure inputs built from them. */
export function benchInputs(options: { alliances: string[]; reviewed: string[] }): BenchInputs {
	const random = mulberry32(20_260_128);
	const filters = Array.from({ length: 50 }, (_, i) =>
		withoutUndefined(filterAt({ alliances: options.alliances, random, i }))
	);
	const intervals = ['month', 'quarter', 'year'] as const;
	const sorts = ['name', 'sector', 'joinedOn'] as const;
	const eventSorts = ['date', 'title', 'participants'] as const;
	return {
		'alliance.composition': filters,
		'engagement.timeline': filters.map((f, i) => ({ ...f, interval: intervals[i % 3] })),
		'engagement.participation': filters.map((f, i) => ({ ...f, interval: intervals[i % 3] })),
		'engagement.byCluster': filters,
		// the dashboard's defaults: 10 members per ranking, 60 organisations in the network
		'engagement.members': filters,
		'engagement.network': filters,
		'engagement.events': filters.map((f, i) => ({
			...f,
			sort: eventSorts[i % 3],
			page: 1 + (i % 3),
			...(i % 7 === 3 ? { types: ['workshop' as const, 'training' as const] } : {})
		})),
		// Scale seeds hold at least 200 events, so these ids always exist.
		'engagement.eventById': filters.map((_, i) => ({ id: 1 + ((i * 53) % 200) })),
		'engagement.milestones': filters,
		'members.list': filters.map((f, i) => ({ ...f, sort: sorts[i % 3], page: 1 + (i % 4) })),
		'review.progress': options.reviewed.map((country) => ({ country })),
		'alliance.growth': filters,
		'alliance.matrix': filters,
		// Scale seeds hold at least 200 memberships, so these ids always exist.
		'members.byId': filters.map((_, i) => ({ id: 1 + ((i * 37) % 200) }))
	};
}
