import { describe, expect, test } from 'vitest';
import { EngagementEvent } from './engagement-event.ts';
import { sources } from './reference/sources.ts';

const launch = {
	id: 1,
	alliance: 'PAK',
	type: 'launch',
	title: "Launch of Pakistan's Voluntary Pilot Initiative on the UNTOC review",
	startDate: '2022-09-15',
	endDate: null,
	format: 'in_person',
	city: 'Islamabad',
	country: 'PAK',
	region: 'PK-IS',
	clusters: [1],
	themes: [],
	participantsReported: 45,
	verified: true,
	synthetic: false,
	sourceUrl: sources.S7
};

describe('EngagementEvent', () => {
	test("accepts the launch of Pakistan's pilot as the source reports it", () => {
		expect(EngagementEvent.parse(launch)).toEqual(launch);
	});

	test.each([
		[{ endDate: '2022-09-14' }, 'endDate'],
		[{ participantsReported: -1 }, 'participantsReported'],
		[{ type: 'party' }, 'type'],
		[{ clusters: [5] }, 'clusters.0'],
		[{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl']
	])('rejects %j, naming %s', (change, path) => {
		const result = EngagementEvent.safeParse({ ...launch, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
	});
});
