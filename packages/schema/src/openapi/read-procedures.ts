/**
 * The public read procedures of the API, each with its input and output schema from this package.
 * Keep in step with `appRouter`: a test of the api package fails on any procedure missing here.
 */
import type * as z from 'zod';
import { editReadProcedures } from '../edit/procedures.ts';
import { MembershipGrowth } from '../api/alliance-growth.ts';
import { SectorThemeMatrix } from '../api/alliance-matrix.ts';
import { Composition } from '../api/composition.ts';
import { MemberByIdInput, MemberDetail } from '../api/member-detail.ts';
import { MembersPage } from '../api/members-list.ts';
import { ReviewContributions, ReviewContributionsInput } from '../api/review-contributions.ts';
import { ReviewProgress } from '../api/review-progress.ts';
import { EngagementByCluster } from '../api/engagement-by-cluster.ts';
import {
	EngagementEventsInput,
	EventByIdInput,
	EventDetail,
	EventsPage
} from '../api/engagement-events.ts';
import { EngagementMembers, EngagementMembersInput } from '../api/engagement-members.ts';
import { EngagementMilestones } from '../api/engagement-milestones.ts';
import { EngagementNetwork, EngagementNetworkInput } from '../api/engagement-network.ts';
import { EngagementParticipation } from '../api/engagement-participation.ts';
import { Timeline } from '../api/timeline.ts';
import { VocabularyOutput } from '../api/vocabulary-output.ts';
import {
	DashboardFilter,
	MembersListInput,
	ReviewProgressInput,
	TimelineInput
} from '../filter.ts';
import { TreatyStatusList } from '../reference/treaty-status.ts';
import { SessionUserOrNull } from '../account.ts';
import { adminReadProcedures } from '../api/admin-procedures.ts';

/** A named schema, so that the OpenAPI document can put it under `components.schemas`. */
export interface NamedSchema {
	name: string;
	schema: z.ZodType;
}

/** A tRPC query served as `GET /trpc/<path>?input=<url-encoded JSON>`. */
export interface ReadProcedure {
	path: string;
	summary: string;
	input: NamedSchema | null;
	output: NamedSchema;
}

const filter: NamedSchema = { name: 'DashboardFilter', schema: DashboardFilter };

export const readProcedures: readonly ReadProcedure[] = [
	{
		path: 'reference.vocabulary',
		summary: 'Every code list with labels, the regions, the reference data and the alliances',
		input: null,
		output: { name: 'VocabularyOutput', schema: VocabularyOutput }
	},
	{
		path: 'reference.treatyStatus',
		summary: 'Which instruments each country is party to',
		input: null,
		output: { name: 'TreatyStatusList', schema: TreatyStatusList }
	},
	{
		path: 'auth.me',
		summary: 'Who the session cookie belongs to: id, e-mail, name and role, or null when anonymous',
		input: null,
		output: { name: 'SessionUserOrNull', schema: SessionUserOrNull }
	},
	{
		path: 'alliance.composition',
		summary: 'Members that match the filter, counted by sector, region and theme',
		input: filter,
		output: { name: 'Composition', schema: Composition }
	},
	{
		path: 'alliance.growth',
		summary: 'Members per sector at the end of each month, with milestones',
		input: filter,
		output: { name: 'MembershipGrowth', schema: MembershipGrowth }
	},
	{
		path: 'alliance.matrix',
		summary: 'Members that match the filter, counted by sector and theme',
		input: filter,
		output: { name: 'SectorThemeMatrix', schema: SectorThemeMatrix }
	},
	{
		path: 'engagement.timeline',
		summary: 'Events and participants per time bucket and event type',
		input: { name: 'TimelineInput', schema: TimelineInput },
		output: { name: 'Timeline', schema: Timeline }
	},
	{
		path: 'engagement.participation',
		summary: 'Participants per time bucket by sector and by side, and trilateral events per type',
		input: { name: 'TimelineInput', schema: TimelineInput },
		output: { name: 'EngagementParticipation', schema: EngagementParticipation }
	},
	{
		path: 'engagement.byCluster',
		summary: 'Events and participants per review cluster, events with no cluster as "none"',
		input: filter,
		output: { name: 'EngagementByCluster', schema: EngagementByCluster }
	},
	{
		path: 'engagement.members',
		summary: 'Current members ranked by their events in the period, and those inactive for a year',
		input: { name: 'EngagementMembersInput', schema: EngagementMembersInput },
		output: { name: 'EngagementMembers', schema: EngagementMembers }
	},
	{
		path: 'engagement.network',
		summary: 'The most engaged organisations and the events each pair of them shared',
		input: { name: 'EngagementNetworkInput', schema: EngagementNetworkInput },
		output: { name: 'EngagementNetwork', schema: EngagementNetwork }
	},
	{
		path: 'engagement.events',
		summary: 'One page of the events that match the filter, searched and sorted',
		input: { name: 'EngagementEventsInput', schema: EngagementEventsInput },
		output: { name: 'EventsPage', schema: EventsPage }
	},
	{
		path: 'engagement.eventById',
		summary: 'One event with everyone recorded as taking part',
		input: { name: 'EventByIdInput', schema: EventByIdInput },
		output: { name: 'EventDetail', schema: EventDetail }
	},
	{
		path: 'engagement.milestones',
		summary: 'Pilot launches, COP sessions and constructive dialogues for the time axes',
		input: filter,
		output: { name: 'EngagementMilestones', schema: EngagementMilestones }
	},
	{
		path: 'review.progress',
		summary: 'A country review, cluster by cluster and step by step, planned against actual',
		input: { name: 'ReviewProgressInput', schema: ReviewProgressInput },
		output: { name: 'ReviewProgress', schema: ReviewProgress }
	},
	{
		path: 'review.contributions',
		summary: 'Civil-society contributions to the reviews, per cluster, type and author sector',
		input: { name: 'ReviewContributionsInput', schema: ReviewContributionsInput },
		output: { name: 'ReviewContributions', schema: ReviewContributions }
	},
	{
		path: 'members.list',
		summary: 'One page of the members that match the filter, searched and sorted',
		input: { name: 'MembersListInput', schema: MembersListInput },
		output: { name: 'MembersPage', schema: MembersPage }
	},
	{
		path: 'members.byId',
		summary: 'One member with its events and contributions',
		input: { name: 'MemberByIdInput', schema: MemberByIdInput },
		output: { name: 'MemberDetail', schema: MemberDetail }
	},
	...adminReadProcedures,
	...editReadProcedures
];
