/**
 * The API client: tRPC over HTTP, typed by the router's type alone (no server code is bundled).
 * Calls made in the same tick share one request; a call takes an AbortSignal so that a stale
 * request can be cancelled when the filter changes again.
 */
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@untoc-alliance/api';
import type {
	AllianceCode,
	Composition,
	DashboardFilter,
	EngagementByCluster,
	EngagementEventsInput,
	EngagementMembers,
	EngagementMembersInput,
	EngagementMilestones,
	EngagementNetwork,
	EngagementNetworkInput,
	EngagementParticipation,
	EventDetail,
	EventsPage,
	Interval,
	MemberDetail,
	MembershipGrowth,
	MembersListInput,
	MembersPage,
	ReviewContributions,
	ReviewContributionsInput,
	ReviewProgress,
	SectorThemeMatrix,
	SessionUser,
	Timeline,
	TreatyStatus,
	VocabularyOutput
} from '@untoc-alliance/schema';

export const client = createTRPCClient<AppRouter>({
	links: [httpBatchLink({ url: '/trpc', maxURLLength: 2000, maxItems: 10 })]
});

/** The calls the overview makes; components get this shape, so tests can pass their own. */
export interface DashboardApi {
	/** Who is signed in (null: anonymous). */
	me(signal: AbortSignal): Promise<SessionUser | null>;
	vocabulary(signal: AbortSignal): Promise<VocabularyOutput>;
	composition(filter: DashboardFilter, signal: AbortSignal): Promise<Composition>;
	matrix(filter: DashboardFilter, signal: AbortSignal): Promise<SectorThemeMatrix>;
	timeline(input: DashboardFilter & { interval: Interval }, signal: AbortSignal): Promise<Timeline>;
	progress(country: AllianceCode, signal: AbortSignal): Promise<ReviewProgress>;
	contributions(input: ReviewContributionsInput, signal: AbortSignal): Promise<ReviewContributions>;
	treatyStatus(signal: AbortSignal): Promise<TreatyStatus[]>;
	growth(filter: DashboardFilter, signal: AbortSignal): Promise<MembershipGrowth>;
	members(input: MembersListInput, signal: AbortSignal): Promise<MembersPage>;
	member(id: number, signal: AbortSignal): Promise<MemberDetail>;
	participation(
		input: DashboardFilter & { interval: Interval },
		signal: AbortSignal
	): Promise<EngagementParticipation>;
	byCluster(filter: DashboardFilter, signal: AbortSignal): Promise<EngagementByCluster>;
	engagedMembers(input: EngagementMembersInput, signal: AbortSignal): Promise<EngagementMembers>;
	network(input: EngagementNetworkInput, signal: AbortSignal): Promise<EngagementNetwork>;
	events(input: EngagementEventsInput, signal: AbortSignal): Promise<EventsPage>;
	event(id: number, signal: AbortSignal): Promise<EventDetail>;
	milestones(filter: DashboardFilter, signal: AbortSignal): Promise<EngagementMilestones>;
}

export const api: DashboardApi = {
	me: (signal) => client.auth.me.query(undefined, { signal }),
	vocabulary: (signal) => client.reference.vocabulary.query(undefined, { signal }),
	composition: (filter, signal) => client.alliance.composition.query(filter, { signal }),
	matrix: (filter, signal) => client.alliance.matrix.query(filter, { signal }),
	timeline: (input, signal) => client.engagement.timeline.query(input, { signal }),
	progress: (country, signal) => client.review.progress.query({ country }, { signal }),
	contributions: (input, signal) => client.review.contributions.query(input, { signal }),
	treatyStatus: (signal) => client.reference.treatyStatus.query(undefined, { signal }),
	growth: (filter, signal) => client.alliance.growth.query(filter, { signal }),
	members: (input, signal) => client.members.list.query(input, { signal }),
	member: (id, signal) => client.members.byId.query({ id }, { signal }),
	participation: (input, signal) => client.engagement.participation.query(input, { signal }),
	byCluster: (filter, signal) => client.engagement.byCluster.query(filter, { signal }),
	engagedMembers: (input, signal) => client.engagement.members.query(input, { signal }),
	network: (input, signal) => client.engagement.network.query(input, { signal }),
	events: (input, signal) => client.engagement.events.query(input, { signal }),
	event: (id, signal) => client.engagement.eventById.query({ id }, { signal }),
	milestones: (filter, signal) => client.engagement.milestones.query(filter, { signal })
};

/** True for an API error that says the thing asked for does not exist. */
export function isNotFound(error: unknown): boolean {
	if (typeof error !== 'object' || error === null || !('data' in error)) return false;
	const data = (error as { data?: { code?: unknown } }).data;
	return data?.code === 'NOT_FOUND';
}
