/**
 * An event in words for the event list and the event page: its dates, its place, who took part by
 * side ("Gov 4 · CS 12 · Intl 2"), its clusters and where its facts come from.
 */
import type { ClusterId, EventRow, Side, VocabularyOutput } from '@untoc-alliance/schema';
import { formatCount, formatDay } from '../../format.ts';
import { countryLabel } from '../../labels.ts';

/** "15 Sept 2022", or "3 Mar 2024 – 5 Mar 2024" for an event of several days. */
export function eventDates(row: Pick<EventRow, 'startDate' | 'endDate'>): string {
	const { startDate, endDate } = row;
	return endDate && endDate !== startDate
		? `${formatDay(startDate)} – ${formatDay(endDate)}`
		: formatDay(startDate);
}

/** "Lahore, Pakistan"; "Online" for an online event; "Unknown" without a city or country. */
export function eventPlace(row: Pick<EventRow, 'city' | 'country' | 'format'>): string {
	if (row.format === 'online') return 'Online';
	const parts = [row.city, row.country === null ? null : countryLabel(row.country)];
	const known = parts.filter((p): p is string => !!p);
	return known.length > 0 ? known.join(', ') : 'Unknown';
}

const sideShort: Readonly<Record<Side, string>> = {
	government: 'Gov',
	civil_society: 'CS',
	international: 'Intl'
};

/** "Gov 4 · CS 12 · Intl 2" (sides that took part, in vocabulary order); "" for none. */
export function sideBreakdown(bySide: EventRow['bySide']): string {
	return bySide.map((s) => `${sideShort[s.side]} ${formatCount(s.participants)}`).join(' · ');
}

/** "1, 3", or "None" when the event served no cluster. */
export function clusterList(clusters: readonly ClusterId[]): string {
	return clusters.length > 0 ? clusters.join(', ') : 'None';
}

/** "Cluster 1: Criminalization and jurisdiction" from the reference data, or "Cluster 1". */
export function clusterName(id: ClusterId, vocabulary: VocabularyOutput | undefined): string {
	const cluster = vocabulary?.clusters.find((c) => c.id === id);
	return cluster ? `Cluster ${id}: ${cluster.name}` : `Cluster ${id}`;
}

/** Whether the event is invented, stated in its source, or neither. */
export function provenance(row: Pick<EventRow, 'synthetic' | 'verified'>): string {
	if (row.synthetic) return 'Demo data (invented)';
	return row.verified ? 'Verified against its source' : 'Not verified';
}

/** "98 recorded participants; 120 reported for the whole event." */
export function participantTotals(recorded: number, reported: number | null): string {
	const head = `${formatCount(recorded)} recorded ${recorded === 1 ? 'participant' : 'participants'}`;
	if (reported === null) return `${head}; no total reported for the whole event.`;
	return `${head}; ${formatCount(reported)} reported for the whole event.`;
}
