/**
 * From API results to what the review page draws and says: the swimlane steps of a cluster, the
 * cluster worth showing, and the one-sentence findings of the review cards, in the page's language.
 */
import {
	reviewStepList,
	type ClusterProgress,
	type ReviewContributions,
	type ReviewStepCode
} from '@untoc-alliance/schema';
import type { SwimStep } from './charts/StepSwimlane/step-swimlane.ts';
import { formatDay } from './format.ts';
import { m } from './i18n.svelte.ts';
import { contributionTypeLabel } from './labels.ts';

/** A review step's name in the page's language ("Written feedback"). */
export const stepLabel = (code: ReviewStepCode): string => m().vocab.reviewStep[code];

/** A review cluster's name in the page's language; `fallback` (the API's) for a cluster not listed. */
export function clusterName(id: number, fallback = ''): string {
	const names: Readonly<Record<number, string>> = m().vocab.clusterName;
	return names[id] ?? fallback;
}

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
			label: stepLabel(s.step),
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
	const worst = [...cluster.steps].sort((a, b) => (b.delayDays ?? 0) - (a.delayDays ?? 0))[0];
	const days = worst?.delayDays ?? 0;
	return m().review.swimlane.finding({
		country: name,
		cluster: cluster.cluster,
		done: cluster.steps.filter((s) => s.status === 'completed').length,
		steps: cluster.steps.length,
		unknown: cluster.steps.filter((s) => s.status === null).length,
		longest: worst && days > 0 ? { days, step: stepLabel(worst.step) } : null
	});
}

/** "Phase 1 was planned to end by Oct 2024 and was still under way at COP12; today is …". */
export function phasesFinding(today: string): string {
	return m().review.phases.finding(clusterName(1), formatDay(today));
}

/** "13 contributions; cluster 1 received the most (8); the commonest kind: position paper." */
export function contributionsFinding(c: ReviewContributions): string {
	const messages = m().review.contributions;
	if (c.total === 0) return messages.none;
	const perCluster = new Map<number | null, number>();
	for (const r of c.byType) perCluster.set(r.cluster, (perCluster.get(r.cluster) ?? 0) + r.count);
	const [cluster, most] = [...perCluster]
		.filter(([k]) => k !== null)
		.sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
	if (cluster === null) return messages.unclustered(c.total);
	const top = c.byType.filter((r) => r.cluster === cluster).sort((a, b) => b.count - a.count)[0];
	const kind = top ? contributionTypeLabel(top.type) : '';
	return messages.finding({ total: c.total, cluster, most, kind });
}
