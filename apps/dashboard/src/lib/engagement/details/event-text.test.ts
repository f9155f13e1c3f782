import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import {
	clusterList,
	clusterName,
	eventDates,
	eventPlace,
	participantTotals,
	provenance,
	sideBreakdown
} from './event-text.ts';

describe('event text', () => {
	afterEach(() => i18n.use('en'));

	test('eventDates: one day, or first – last day', () => {
		expect(eventDates({ startDate: '2022-09-15', endDate: null })).toBe('15 Sept 2022');
		expect(eventDates({ startDate: '2024-03-03', endDate: '2024-03-03' })).toBe('3 Mar 2024');
		expect(eventDates({ startDate: '2024-03-03', endDate: '2024-03-05' })).toBe(
			'3 Mar 2024 – 5 Mar 2024'
		);
	});

	test('eventPlace: city and country, "Online", or "Unknown"', () => {
		expect(eventPlace({ city: 'Lahore', country: 'PAK', format: 'in_person' })).toBe(
			'Lahore, Pakistan'
		);
		expect(eventPlace({ city: null, country: 'MEX', format: 'hybrid' })).toBe('Mexico');
		expect(eventPlace({ city: 'Vienna', country: 'AUT', format: 'in_person' })).toBe('Vienna, AUT');
		expect(eventPlace({ city: 'Lahore', country: 'PAK', format: 'online' })).toBe('Online');
		expect(eventPlace({ city: null, country: null, format: 'in_person' })).toBe('Unknown');
	});

	test('sideBreakdown: short side names with counts, in the order given', () => {
		expect(
			sideBreakdown([
				{ side: 'government', participants: 4 },
				{ side: 'civil_society', participants: 1200 },
				{ side: 'international', participants: 2 }
			])
		).toBe('Gov 4 · CS 1,200 · Intl 2');
		expect(sideBreakdown([])).toBe('');
	});

	test('clusters as a list and by name from the catalogue', () => {
		expect(clusterList([1, 3])).toBe('1, 3');
		expect(clusterList([])).toBe('None');
		const vocabulary = { clusters: [{ id: 1, name: 'Criminalization and jurisdiction' }] };
		expect(clusterName(1, vocabulary as never)).toBe('Cluster 1: Criminalization and jurisdiction');
		const two = 'Cluster 2: International cooperation, mutual legal assistance and confiscation';
		expect(clusterName(2, vocabulary as never)).toBe(two);
		expect(clusterName(2, undefined)).toBe(two);
	});

	test('provenance and participant totals in words', () => {
		expect(provenance({ synthetic: true, verified: false })).toBe('Demo data (invented)');
		expect(provenance({ synthetic: false, verified: true })).toBe('Verified against its source');
		expect(provenance({ synthetic: false, verified: false })).toBe('Not verified');
		expect(participantTotals(98, 120)).toBe(
			'98 recorded participants; 120 reported for the whole event.'
		);
		expect(participantTotals(1, null)).toBe(
			'1 recorded participant; no total reported for the whole event.'
		);
	});

	test('in Urdu: the place, sides, clusters, dates and totals in Urdu', async () => {
		await i18n.use('ur');
		expect(eventPlace({ city: 'Lahore', country: 'PAK', format: 'in_person' })).toBe(
			'Lahore، پاکستان'
		);
		expect(eventPlace({ city: null, country: null, format: 'online' })).toBe('آن لائن');
		expect(eventPlace({ city: null, country: null, format: 'hybrid' })).toBe('نامعلوم');
		expect(
			sideBreakdown([
				{ side: 'government', participants: 4 },
				{ side: 'international', participants: 2 }
			])
		).toBe('حکومت 4 · بین الاقوامی 2');
		expect(clusterList([1, 3])).toBe('1، 3');
		expect(clusterList([])).toBe('کوئی نہیں');
		expect(clusterName(1, undefined)).toBe('کلسٹر 1: جرم قرار دینا اور دائرۂ اختیار');
		expect(eventDates({ startDate: '2024-03-03', endDate: '2024-03-05' })).toBe(
			'3 مارچ، 2024 تا 5 مارچ، 2024'
		);
		expect(provenance({ synthetic: false, verified: true })).toBe('اپنے ماخذ سے تصدیق شدہ');
		expect(participantTotals(1, null)).toBe(
			'1 درج شدہ شریک؛ پوری تقریب کی کوئی کل تعداد رپورٹ نہیں ہوئی۔'
		);
	});
});
