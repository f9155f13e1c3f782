/**
 * The network card's words and numbers: the finding (strongest pair, most connected
 * organisation), the pairs as table rows and as CSV cells, and each organisation described.
 */
import type { EngagementNetwork, NetworkNode } from '@untoc-alliance/schema';
import type { ExportTable } from '../../export/csv.ts';
import { formatCount, plural } from '../../format.ts';
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
	return `${node.name} (${sectorLabel(node.sector)}): ${formatCount(node.events)} ${plural('event', node.events)}, ${formatCount(partners)} ${plural('partner', partners)}`;
}

/**
 * "A and B worked together most often, at 7 shared events; A is linked to the most organisations
 * (23 of the 60 shown)."
 */
export function networkFinding(network: EngagementNetwork): string {
	const names = new Map(network.nodes.map((n) => [n.id, n.name]));
	const shown = network.nodes.length;
	const strongest = network.links[0];
	if (!strongest || shown === 0) {
		return shown === 0
			? 'No organisation took part in a matching event.'
			: `None of the ${formatCount(shown)} organisations shown shared an event.`;
	}
	const counts = partnerCounts(network);
	// Most partners; ties go to the higher-ranked (more engaged) organisation.
	const hub = network.nodes.reduce((best, n) =>
		(counts.get(n.id) ?? 0) > (counts.get(best.id) ?? 0) ? n : best
	);
	const hubPartners = counts.get(hub.id) ?? 0;
	const a = names.get(strongest.source) ?? '?';
	const b = names.get(strongest.target) ?? '?';
	const pair = `${a} and ${b} worked together most often, at ${formatCount(strongest.shared)} shared ${plural('event', strongest.shared)}`;
	return `${pair}; ${hub.name} is linked to the most organisations (${formatCount(hubPartners)} of the ${formatCount(shown)} shown).`;
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
	return {
		columns: ['Organisation', 'Sector', 'Partner', 'Partner sector', 'Shared events'],
		rows: networkPairs(network)
	};
}
