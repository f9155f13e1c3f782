import type { EngagementParticipation, Timeline } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import {
	clusterFinding,
	eventTypesFinding,
	sectorParticipationFinding,
	sideFinding,
	trilateralFinding
} from './engagement-findings.ts';

describe('engagement findings', () => {
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
});
