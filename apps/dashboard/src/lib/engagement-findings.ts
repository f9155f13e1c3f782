/**
 * The one-sentence findings of the engagement page's cards, computed from the API results in
 * plain words ("All three sides took part in 55 of 94 events (59%) ..."), in the page's language:
 * this module picks the numbers and the case, the catalogue (`engagement.findings`) says them.
 */
import type {
	Cluster,
	EngagementByCluster,
	EngagementParticipation,
	Timeline
} from '@untoc-alliance/schema';
import { m } from './i18n.svelte.ts';
import { clusterLabel, eventTypeLabel, sectorLabel, sideLabel } from './labels.ts';

/** "96 events with 1,812 participants; the most common type was Consultation (19 of 96)." */
export function eventTypesFinding(t: Timeline): string {
	const say = m().engagement.findings;
	const { events, participants } = t.totals;
	if (events === 0) return say.noEvents;
	const byType = new Map<
		string,
		{ type: Timeline['buckets'][number]['byType'][number]['type']; n: number }
	>();
	for (const b of t.buckets)
		for (const x of b.byType)
			byType.set(x.type, { type: x.type, n: (byType.get(x.type)?.n ?? 0) + x.events });
	const top = [...byType.values()].sort((a, b) => b.n - a.n)[0];
	if (!top) return say.eventTotals(events, participants);
	if (byType.size < 2) return say.eventsOneType(events, participants, eventTypeLabel(top.type));
	return say.eventsTopType({ events, participants, type: eventTypeLabel(top.type), n: top.n });
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
	if (!top || total === 0) return m().engagement.findings.noSectorParticipants;
	return m().engagement.findings.topSector(sectorLabel(top[0]), top[1], total);
}

/** "Civil society made up 80% of the 1,812 participants; Government 12%, International 8%." */
export function sideFinding(p: EngagementParticipation): string {
	const sums = totals(
		p.buckets.map((b) => b.bySide),
		(s) => [s.side, s.participants]
	);
	const total = sums.reduce((a, [, n]) => a + n, 0);
	const [top, ...rest] = sums;
	if (!top || total === 0) return m().engagement.findings.noParticipants;
	return m().engagement.findings.sides({
		side: sideLabel(top[0]),
		share: top[1] / total,
		total,
		others: rest.map(([side, n]) => ({ side: sideLabel(side), share: n / total }))
	});
}

/** "All three sides took part in 55 of 94 events (59%); least often in Advisory board (0 of 19)." */
export function trilateralFinding(p: EngagementParticipation): string {
	const say = m().engagement.findings;
	const events = p.byType.reduce((a, t) => a + t.events, 0);
	const all = p.byType.reduce((a, t) => a + t.trilateral, 0);
	if (events === 0) return say.noEvents;
	if (all === events) return say.trilateralEvery(events);
	const low = [...p.byType].sort((a, b) => a.share - b.share || b.events - a.events)[0];
	if (!low || p.byType.length < 2) return say.trilateral({ all, events });
	return say.trilateral({
		all,
		events,
		least: { type: eventTypeLabel(low.type), trilateral: low.trilateral, events: low.events }
	});
}

/** "Cluster 1: Criminalization and jurisdiction was served by the most events: 80, with 1,561 participants." */
export function clusterFinding(
	c: EngagementByCluster,
	clusters: readonly Pick<Cluster, 'id' | 'name'>[] = []
): string {
	const say = m().engagement.findings;
	const served = c.clusters.filter((x) => x.cluster !== 'none');
	const top = [...served].sort((a, b) => b.events - a.events)[0];
	const none = c.clusters.find((x) => x.cluster === 'none')?.events ?? 0;
	if (!top || top.events === 0) return none > 0 ? say.noCluster(none) : say.noEvents;
	return say.topCluster({
		cluster: clusterLabel(top.cluster, clusters),
		events: top.events,
		participants: top.participants,
		none
	});
}
