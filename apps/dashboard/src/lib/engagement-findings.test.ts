import type { EngagementParticipation, Timeline } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import {
	clusterFinding,
	eventTypesFinding,
	sectorParticipationFinding,
	sideFinding,
	trilateralFinding
} from './engagement-findings.ts';
import { i18n } from './i18n.svelte.ts';

describe('engagement findings', () => {
	afterEach(() => i18n.use('en'));

	const participation: EngagementParticipation = {
		interval: 'year',
		buckets: [
			{
				start: '2022-01-01',
				events: 3,
				bySector: [
					{ sector: 'ngo', participants: 10 },
					{ sector: 'academia', participants: 30 }
				],
				bySide: [
					{ side: 'government', participants: 10 },
					{ side: 'civil_society', participants: 40 }
				]
			},
			{
				start: '2023-01-01',
				events: 1,
				bySector: [{ sector: 'ngo', participants: 10 }],
				bySide: [
					{ side: 'civil_society', participants: 10 },
					{ side: 'international', participants: 40 }
				]
			}
		],
		byType: [
			{ type: 'workshop', events: 3, trilateral: 2, share: 2 / 3 },
			{ type: 'advisory_board', events: 1, trilateral: 0, share: 0 }
		],
		synthetic: true
	};

	test('eventTypesFinding names the totals and the most common type', () => {
		const t: Timeline = {
			interval: 'year',
			buckets: [
				{
					start: '2022-01-01',
					events: 3,
					participants: 40,
					byType: [
						{ type: 'workshop', events: 2, participants: 30 },
						{ type: 'training', events: 1, participants: 10 }
					]
				},
				{
					start: '2023-01-01',
					events: 1,
					participants: 5,
					byType: [{ type: 'training', events: 1, participants: 5 }]
				}
			],
			totals: { events: 4, participants: 45 },
			synthetic: false
		};
		expect(eventTypesFinding(t)).toBe(
			'4 events with 45 participants; the most common type was Workshop (2 of 4).'
		);
		expect(eventTypesFinding({ ...t, buckets: [], totals: { events: 0, participants: 0 } })).toBe(
			'No events match this filter.'
		);
	});

	test('sectorParticipationFinding names the sector with most participants and its share', () => {
		expect(sectorParticipationFinding(participation)).toBe(
			'Academia brought the most civil-society participants: 30 of 50 (60%).'
		);
	});

	test('sideFinding gives each side its share of all participants', () => {
		expect(sideFinding(participation)).toBe(
			'Civil society made up 50% of the 100 participants; International 40%, Government 10%.'
		);
	});

	test('trilateralFinding counts events with all three sides and the type where it is rarest', () => {
		expect(trilateralFinding(participation)).toBe(
			'All three sides took part in 2 of 4 events (50%); least often in Advisory board (0 of 1).'
		);
		expect(
			trilateralFinding({
				...participation,
				byType: [{ type: 'launch', events: 2, trilateral: 2, share: 1 }]
			})
		).toBe('All three sides took part in every one of the 2 events.');
	});

	test('clusterFinding names the cluster served by most events and the events with none', () => {
		const byCluster = {
			clusters: [
				{ cluster: 1 as const, events: 80, participants: 1561 },
				{ cluster: 2 as const, events: 2, participants: 28 },
				{ cluster: 'none' as const, events: 14, participants: 256 }
			],
			synthetic: true
		};
		expect(clusterFinding(byCluster, [{ id: 1, name: 'Criminalization and jurisdiction' }])).toBe(
			'Cluster 1: Criminalization and jurisdiction was served by the most events: 80, with 1,561 participants; 14 events served no cluster.'
		);
		expect(
			clusterFinding({
				clusters: [{ cluster: 'none', events: 3, participants: 9 }],
				synthetic: true
			})
		).toBe('None of the 3 events served a review cluster.');
	});
	test('in Urdu the findings are Urdu sentences with the same numbers, in Urdu word order', async () => {
		await i18n.use('ur');
		expect(trilateralFinding(participation)).toBe(
			'تینوں فریقوں نے 4 میں سے 2 تقریبات (50%) میں حصہ لیا؛ سب سے کم مشاورتی بورڈ میں (1 میں سے 0)۔'
		);
		expect(sideFinding(participation)).toBe(
			'100 شرکاء میں سے 50% سول سوسائٹی سے تھے؛ بین الاقوامی 40%، حکومت 10%۔'
		);
		expect(sectorParticipationFinding(participation)).toBe(
			'سول سوسائٹی کے سب سے زیادہ شرکاء تعلیمی ادارے سے آئے: 50 میں سے 30 (60%)۔'
		);
		expect(
			clusterFinding({
				clusters: [
					{ cluster: 1, events: 80, participants: 1561 },
					{ cluster: 'none', events: 1, participants: 4 }
				],
				synthetic: false
			})
		).toBe(
			'سب سے زیادہ تقریبات کلسٹر 1: جرم قرار دینا اور دائرۂ اختیار کے لیے ہوئیں: 80، جن میں 1,561 شرکاء تھے؛ 1 تقریب کسی کلسٹر کے لیے نہیں تھی۔'
		);
		expect(
			eventTypesFinding({
				interval: 'year',
				buckets: [],
				totals: { events: 0, participants: 0 },
				synthetic: false
			})
		).toBe('اس فلٹر سے کوئی تقریب مطابقت نہیں رکھتی۔');
	});
});
