/**
 * From API results to what the review page draws and says: the swimlane steps of a cluster, the
 * cluster worth showing, and the one-sentence findings of the review cards.
 */
import {
	clusterList,
	contributionTypes,
	reviewStepList,
	type ClusterProgress,
	type ReviewContributions
} from '@untoc-alliance/schema';
import type { SwimStep } from './charts/StepSwimlane/step-swimlane.ts';
import { formatCount, formatDay } from './format.ts';

/** The seven lanes of a cluster: labels and the start of each deadline's clock. */
export function swimSteps(cluster: ClusterProgress): SwimStep[] {
	return cluster.steps.map((s) => {
		const definition = reviewStepList.find((d) => d.code === s.step);
		const after = definition?.deadline?.after;
		const plannedFrom =
			after === undefined
				? null
				: after === 'start'
					? cluster.startedOn
					: (cluster.steps.find((x) => x.step === after)?.completedOn ?? null);
		return {
			key: s.step,
			label: definition?.label ?? s.step,
			status: s.status,
			plannedFrom: s.dueOn === null ? null : plannedFrom,
			dueOn: s.dueOn,
			startedOn: s.startedOn,
			completedOn: s.completedOn,
			delayDays: s.delayDays
		};
	});
}

/** The cluster a country's swimlane shows: the first with any step under way or done. */
export function activeCluster(clusters: readonly ClusterProgress[]): ClusterProgress | undefined {
	return (
		clusters.find((c) =>
			c.steps.some((s) => s.status === 'completed' || s.status === 'in_progress')
		) ?? clusters[0]
	);
}

/** "Pakistan, cluster 1: 3 of 7 steps completed; the longest delay is 1,369 days (written feedback)." */
export function swimlaneFinding(name: string, cluster: ClusterProgress): string {
	const done = cluster.steps.filter((s) => s.status === 'completed').length;
	const unknown = cluster.steps.filter((s) => s.status === null).length;
	const head = `${name}, cluster ${cluster.cluster}: ${formatCount(done)} of ${formatCount(cluster.steps.length)} steps completed`;
	const worst = [...cluster.steps].sort((a, b) => (b.delayDays ?? 0) - (a.delayDays ?? 0))[0];
	const late =
		worst && (worst.delayDays ?? 0) > 0
			? `; the longest delay is ${formatCount(worst.delayDays ?? 0)} days (${reviewStepList.find((d) => d.code === worst.step)?.label.toLowerCase() ?? worst.step})`
			: '; no step is overdue';
	const tail = unknown > 0 ? `; ${formatCount(unknown)} unknown.` : '.';
	return `${head}${late}${tail}`;
}

/** "Phase 1 was planned to end on 1 Oct 2024; it was still under way at COP12 (18 Oct 2024)." */
export function phasesFinding(today: string): string {
	const first = clusterList[0]?.name.toLowerCase() ?? 'cluster 1';
	return `Phase 1 (${first}) was planned to end by Oct 2024 and was still under way at COP12; today is ${formatDay(today)}, and the order of phases 2–4 is not verified.`;
}

/** "13 contributions; cluster 1 received the most (8); the commonest kind: position paper." */
export function contributionsFinding(c: ReviewContributions): string {
	if (c.total === 0) return 'No contributions match this filter.';
	const perCluster = new Map<number | null, number>();
	for (const r of c.byType) perCluster.set(r.cluster, (perCluster.get(r.cluster) ?? 0) + r.count);
	const [cluster, n] = [...perCluster]
		.filter(([k]) => k !== null)
		.sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
	const head = `${formatCount(c.total)} ${c.total === 1 ? 'contribution' : 'contributions'}`;
	if (cluster === null) return `${head}, none tied to one cluster.`;
	const top = c.byType.filter((r) => r.cluster === cluster).sort((a, b) => b.count - a.count)[0];
	const type = top ? contributionTypes.labels[top.type].toLowerCase() : '';
	return `${head}; cluster ${cluster} received the most (${formatCount(n)}); the commonest kind: ${type}.`;
}
