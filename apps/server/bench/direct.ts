/** The benchmarked queries run straight on the database, in process: p50 and p99 per call. */
import {
	allianceComposition,
	engagementByCluster,
	engagementMembers,
	engagementMilestones,
	engagementNetwork,
	engagementParticipation,
	engagementTimeline,
	eventDetail,
	listEvents,
	listMembers,
	memberDetail,
	membershipGrowth,
	reviewProgress,
	sectorThemeMatrix,
	type Database
} from '@untoc-alliance/db';
import {
	DashboardFilter,
	EngagementEventsInput,
	EngagementMembersInput,
	EngagementNetworkInput,
	EventByIdInput,
	MemberByIdInput,
	MembersListInput,
	ReviewProgressInput,
	TimelineInput
} from '@untoc-alliance/schema';
import type { BenchInputs } from './inputs.ts';

/** A procedure of the bench. */
export type BenchProcedure = keyof BenchInputs;

type Runner = (input: unknown) => Promise<unknown>;

/** The db call behind each procedure, taking the raw input and parsing it as the API would. */
export function directRunners(db: Database, today: string): Record<BenchProcedure, Runner> {
	return {
		'alliance.composition': (i) => allianceComposition(db, DashboardFilter.parse(i), { today }),
		'engagement.timeline': (i) => engagementTimeline(db, TimelineInput.parse(i)),
		'engagement.participation': (i) => engagementParticipation(db, TimelineInput.parse(i)),
		'engagement.byCluster': (i) => engagementByCluster(db, DashboardFilter.parse(i)),
		'engagement.members': (i) => engagementMembers(db, EngagementMembersInput.parse(i), { today }),
		'engagement.network': (i) => engagementNetwork(db, EngagementNetworkInput.parse(i), { today }),
		'engagement.events': (i) => listEvents(db, EngagementEventsInput.parse(i)),
		'engagement.eventById': (i) => eventDetail(db, EventByIdInput.parse(i)),
		'engagement.milestones': (i) => engagementMilestones(db, DashboardFilter.parse(i)),
		'members.list': (i) => listMembers(db, MembersListInput.parse(i), { today }),
		'review.progress': (i) => reviewProgress(db, ReviewProgressInput.parse(i), { today }),
		'alliance.growth': (i) => membershipGrowth(db, DashboardFilter.parse(i), { today }),
		'alliance.matrix': (i) => sectorThemeMatrix(db, DashboardFilter.parse(i), { today }),
		'members.byId': (i) => memberDetail(db, MemberByIdInput.parse(i))
	};
}

/** The value at quantile `q` (0 to 1) of sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Runs every input `rounds` times (after one warm-up round); latencies in milliseconds. */
export async function timeDirect(options: {
	run: Runner;
	inputs: readonly unknown[];
	rounds: number;
}): Promise<{ p50: number; p99: number; runs: number }> {
	const { run, inputs, rounds } = options;
	for (const input of inputs) await run(input);
	const times: number[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const input of inputs) {
			const start = performance.now();
			await run(input);
			times.push(performance.now() - start);
		}
	}
	times.sort((a, b) => a - b);
	return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), runs: times.length };
}
