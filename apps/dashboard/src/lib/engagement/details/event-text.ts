/**
 * An event in words for the event list and the event page, in the page's language: its dates, its
 * place, who took part by side ("Gov 4 · CS 12 · Intl 2"), its clusters and where its facts come
 * from.
 */
import type { ClusterId, EventRow, VocabularyOutput } from '@untoc-alliance/schema';
import { formatDay } from '../../format.ts';
import { m } from '../../i18n.svelte.ts';
import { clusterLabel, countryLabel } from '../../labels.ts';

/** "15 Sept 2022", or "3 Mar 2024 – 5 Mar 2024" for an event of several days. */
export function eventDates(row: Pick<EventRow, 'startDate' | 'endDate'>): string {
	const { startDate, endDate } = row;
	return endDate && endDate !== startDate
		? m().engagement.event.dates(formatDay(startDate), formatDay(endDate))
		: formatDay(startDate);
}

/** "Lahore, Pakistan"; "Online" for an online event; "Unknown" without a city or country. */
export function eventPlace(row: Pick<EventRow, 'city' | 'country' | 'format'>): string {
	const say = m().engagement.event;
	if (row.format === 'online') return say.online;
	const parts = [row.city, row.country === null ? null : countryLabel(row.country)];
	const known = parts.filter((p): p is string => !!p);
	return known.length > 0 ? say.commas(known) : say.unknownPlace;
}

/** "Gov 4 · CS 12 · Intl 2" (sides that took part, in vocabulary order); "" for none. */
export function sideBreakdown(bySide: EventRow['bySide']): string {
	const say = m().engagement.event;
	return bySide.map((s) => say.sideCount(say.sideShort[s.side], s.participants)).join(' · ');
}

/** "1, 3", or "None" when the event served no cluster. */
export function clusterList(clusters: readonly ClusterId[]): string {
	return m().engagement.event.clusterList(clusters);
}

/** "Cluster 1: Criminalization and jurisdiction" (the catalogue's name, else the reference data's). */
export function clusterName(id: ClusterId, vocabulary: VocabularyOutput | undefined): string {
	return clusterLabel(id, vocabulary?.clusters);
}

/** Whether the event is invented, stated in its source, or neither. */
export function provenance(row: Pick<EventRow, 'synthetic' | 'verified'>): string {
	const say = m().engagement.event;
	if (row.synthetic) return say.demo;
	return row.verified ? say.verified : say.unverified;
}

/** "98 recorded participants; 120 reported for the whole event." */
export function participantTotals(recorded: number, reported: number | null): string {
	return m().engagement.event.participantTotals(recorded, reported);
}
