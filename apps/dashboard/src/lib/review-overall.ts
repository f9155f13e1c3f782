/**
 * Review progress over all countries shown: per cluster, the share of the steps completed among
 * the countries whose progress in that cluster is known; unknown (null) when none is known. Named
 * "All countries" in the page's language.
 */
import type { ClusterProgress } from '@untoc-alliance/schema';
import type { CountryProgress } from './findings.ts';
import { m } from './i18n.svelte.ts';

export function overallProgress(countries: readonly CountryProgress[]): CountryProgress | null {
	const first = countries[0];
	if (!first || countries.length < 2) return null;
	const byCluster = new Map<number, ClusterProgress[]>();
	for (const { progress } of countries)
		for (const c of progress.clusters)
			byCluster.set(c.cluster, [...(byCluster.get(c.cluster) ?? []), c]);
	const clusters = [...byCluster.values()].flatMap((all): ClusterProgress[] => {
		const head = all[0];
		if (!head) return [];
		const known = all.filter((c) => c.percentComplete !== null);
		const steps = known.flatMap((c) => c.steps);
		const done = steps.filter((s) => s.status === 'completed').length;
		const share = steps.length === 0 ? null : Math.round((done / steps.length) * 1000) / 10;
		return [
			{ ...head, startedOn: null, steps: all.flatMap((c) => c.steps), percentComplete: share }
		];
	});
	clusters.sort((a, b) => a.cluster - b.cluster);
	const synthetic = countries.some((c) => c.progress.synthetic);
	return {
		name: m().review.progress.allCountries,
		progress: { country: 'ALL', clusters, synthetic, asOf: first.progress.asOf }
	};
}
