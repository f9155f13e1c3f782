/**
 * The one-sentence findings of the engagement page's cards, computed from the API results in
 * plain words ("All three sides took part in 55 of 94 events (59%) ...").
 */
import type {
	Cluster,
	EngagementByCluster,
	EngagementParticipation,
	Timeline
} from '@untoc-alliance/schema';
import { formatCount, formatShare, plural } from './format.ts';
import { clusterLabel, eventTypeLabel, sectorLabel, sideLabel } from './labels.ts';

/** "96 events with 1,812 participants; the most common type was Consultation (19 of 96)." */
export function eventTypesFinding(t: Timeline): string {
	const { events, participants } = t.totals;
	if (events === 0) return 'No events match this filter.';
	const head = `${formatCount(events)} ${plural('event', events)} with ${formatCount(participants)} ${plural('participant', participants)}`;
	const byType = new Map<
		string,
		{ type: Timeline['buckets'][number]['byType'][number]['type']; n: number }
	>();
	for (const b of t.buckets)
		for (const x of b.byType)
			byType.set(x.type, { type: x.type, n: (byType.get(x.type)?.n ?? 0) + x.events });
	const top = [...byType.values()].sort((a, b) => b.n - a.n)[0];
	if (!top || byType.size < 2)
		return `${head}${top ? `, all of type ${eventTypeLabel(top.type)}` : ''}.`;
	return `${head}; the most common type was ${eventTypeLabel(top.type)} (${formatCount(top.n)} of ${formatCount(events)}).`;
}

/** Sums of `get(item)` per code over the buckets, largest first. */
function totals<TItem, TCode extends string>(
	lists: readonly (readonly TItem[])[],
	get: (item: TItem) => [TCode, number]
): [TCode, number][] {
	const sums = new Map<TCode, number>();
	for (const item of lists.flat()) {
		const [code, n] = get(item);
		sums.set(code, (sums.get(code) ?? 0) + n);
	}
	return [...sums.entries()].sort((a, b) => b[1] - a[1]);
}

/** "Think tank brought the most civil-society participants: 300 of 1,240 (24%)." */
export function sectorParticipationFinding(p: EngagementParticipation): string {
	const sums = totals(
		p.buckets.map((b) => b.bySector),
		(s) => [s.sector, s.participants]
	);
	const total = sums.reduce((a, [, n]) => a + n, 0);
	const [top] = sums;
	if (!top || total === 0) return 'No civil-society participants match this filter.';
	const share = formatShare(top[1] / total);
	return `${sectorLabel(top[0])} brought the most civil-society participants: ${formatCount(top[1])} of ${formatCount(total)} (${share}).`;
}

/** "Civil society made up 80% of the 1,812 participants; Government 12%, International 8%." */
export function sideFinding(p: EngagementParticipation): string {
	const sums = totals(
		p.buckets.map((b) => b.bySide),
		(s) => [s.side, s.participants]
	);
	const total = sums.reduce((a, [, n]) => a + n, 0);
	const [top, ...rest] = sums;
	if (!top || total === 0) return 'No participants match this filter.';
	const head = `${sideLabel(top[0])} made up ${formatShare(top[1] / total)} of the ${formatCount(total)} participants`;
	if (rest.length === 0) return `${head}; no other side took part.`;
	return `${head}; ${rest.map(([side, n]) => `${sideLabel(side)} ${formatShare(n / total)}`).join(', ')}.`;
}

/** "All three sides took part in 55 of 94 events (59%); least often in Advisory board (0 of 19)." */
export function trilateralFinding(p: EngagementParticipation): string {
	const events = p.byType.reduce((a, t) => a + t.events, 0);
	const all = p.byType.reduce((a, t) => a + t.trilateral, 0);
	if (events === 0) return 'No events match this filter.';
	if (all === events)
		return `All three sides took part in every one of the ${formatCount(events)} ${plural('event', events)}.`;
	const head = `All three sides took part in ${formatCount(all)} of ${formatCount(events)} events (${formatShare(all / events)})`;
	const low = [...p.byType].sort((a, b) => a.share - b.share || b.events - a.events)[0];
	if (!low || p.byType.length < 2) return `${head}.`;
	return `${head}; least often in ${eventTypeLabel(low.type)} (${formatCount(low.trilateral)} of ${formatCount(low.events)}).`;
}

/** "Cluster 1: Criminalization and jurisdiction was served by the most events: 80, with 1,561 participants." */
export function clusterFinding(
	c: EngagementByCluster,
	clusters: readonly Pick<Cluster, 'id' | 'name'>[] = []
): string {
	const served = c.clusters.filter((x) => x.cluster !== 'none');
	const top = [...served].sort((a, b) => b.events - a.events)[0];
	const none = c.clusters.find((x) => x.cluster === 'none')?.events ?? 0;
	const tail =
		none > 0 ? `; ${formatCount(none)} ${plural('event', none)} served no cluster.` : '.';
	if (!top || top.events === 0)
		return none > 0
			? `None of the ${formatCount(none)} ${plural('event', none)} served a review cluster.`
			: 'No events match this filter.';
	return `${clusterLabel(top.cluster, clusters)} was served by the most events: ${formatCount(top.events)}, with ${formatCount(top.participants)} ${plural('participant', top.participants)}${tail}`;
}
