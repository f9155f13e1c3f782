/**
 * The network card's words and numbers: the finding (strongest pair, most connected
 * organisation), the pairs as table rows and as CSV cells, each organisation described, and how
 * many pairs the chart draws (those sharing at least N events, N chosen so that it stays readable),
 * in the page's language.
 */
import type { EngagementNetwork, NetworkNode } from '@untoc-alliance/schema';
import type { ExportTable } from '../../export/csv.ts';
import { m } from '../../i18n.svelte.ts';
import { sectorLabel } from '../../labels.ts';

/** Partners (distinct linked organisations) per organisation id. */
export function partnerCounts(network: Pick<EngagementNetwork, 'links'>): Map<number, number> {
	const counts = new Map<number, number>();
	for (const l of network.links) {
		counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
		counts.set(l.target, (counts.get(l.target) ?? 0) + 1);
	}
	return counts;
}

/** A name short enough to label a circle: before " (" or " / ", at most 28 characters. */
export function shortName(name: string): string {
	const head = name.split(/ \(| \/ /)[0] ?? name;
	const short = head.length >= 8 ? head : name;
	return short.length > 28 ? `${short.slice(0, 27).trimEnd()}…` : short;
}

/** "Name (Academia): 12 events, 5 partners". */
export function describeNode(node: NetworkNode, partners: number): string {
	return m().engagement.network.node({
		name: node.name,
		sector: sectorLabel(node.sector),
		events: node.events,
		partners
	});
}

/**
 * "A and B worked together most often, at 7 shared events; A is linked to the most organisations
 * (23 of the 60 shown)."
 */
export function networkFinding(network: EngagementNetwork): string {
	const names = new Map(network.nodes.map((n) => [n.id, n.name]));
	const shown = network.nodes.length;
	const strongest = network.links[0];
	const say = m().engagement.network;
	if (!strongest || shown === 0)
		return shown === 0 ? say.noMatchingOrganisation : say.noneOfShownShared(shown);
	const counts = partnerCounts(network);
	// Most partners; ties go to the higher-ranked (more engaged) organisation.
	const hub = network.nodes.reduce((best, n) =>
		(counts.get(n.id) ?? 0) > (counts.get(best.id) ?? 0) ? n : best
	);
	return say.finding({
		a: names.get(strongest.source) ?? '?',
		b: names.get(strongest.target) ?? '?',
		shared: strongest.shared,
		hub: hub.name,
		partners: counts.get(hub.id) ?? 0,
		shown
	});
}

/** The pairs in the API's order (heaviest first) as [organisation, sector, partner, sector, shared]. */
export function networkPairs(network: EngagementNetwork): string[][] {
	const byId = new Map(network.nodes.map((n) => [n.id, n]));
	return network.links.map((l) => {
		const a = byId.get(l.source);
		const b = byId.get(l.target);
		return [
			a?.name ?? String(l.source),
			a ? sectorLabel(a.sector) : '',
			b?.name ?? String(l.target),
			b ? sectorLabel(b.sector) : '',
			String(l.shared)
		];
	});
}

/** The pairs for the CSV download. */
export function networkExport(network: EngagementNetwork): ExportTable {
	const say = m().engagement.network;
	return {
		columns: [say.organisation, say.sector, say.partner, say.partnerSector, say.sharedEvents],
		rows: networkPairs(network)
	};
}

/** The most pairs drawn by default: beyond about this many lines the network is a hairball. */
export const pairBudget = 120;

/** How many links share at least `minShared` events. */
export function pairsAtLeast(links: readonly { shared: number }[], minShared: number): number {
	return links.reduce((n, l) => (l.shared >= minShared ? n + 1 : n), 0);
}

/**
 * The smallest N such that at most `budget` pairs share at least N events: 1 when all pairs fit
 * (or there are none); the most shared events when even that many pairs are over the budget.
 */
export function defaultMinShared(
	links: readonly { shared: number }[],
	budget: number = pairBudget
): number {
	if (links.length <= budget) return 1;
	const shared = links.map((l) => l.shared).sort((a, b) => b - a);
	const most = shared[0] ?? 1;
	// shared[budget] is the heaviest pair that does not fit: N must be above it.
	return Math.max(1, Math.min(most, (shared[budget] ?? 0) + 1));
}

/** The choices of N, 1 to the most shared events: "4 events (112 pairs)". */
export function minSharedOptions(
	links: readonly { shared: number }[]
): { value: number; label: string }[] {
	const most = links.reduce((m, l) => Math.max(m, l.shared), 1);
	return Array.from({ length: most }, (_, i) => ({
		value: i + 1,
		label: m().engagement.network.option(i + 1, pairsAtLeast(links, i + 1))
	}));
}

/** "Showing 112 of 868 pairs, those sharing at least 4 events." or "Showing all 3 pairs." */
export function shownPairs(links: readonly { shared: number }[], minShared: number): string {
	const total = links.length;
	const shown = pairsAtLeast(links, minShared);
	const say = m().engagement.network;
	if (total === 0) return '';
	if (shown === total) return total === 1 ? say.onlyPair : say.allPairs(total);
	return say.somePairs(shown, total, minShared);
}
