import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from './i18n.svelte.ts';
import { milestones, timelineRows } from './timeline-rows.ts';

afterEach(async () => {
	await i18n.use('en');
});

const bucket = (start: string, events: number) => ({
	start,
	events,
	participants: events * 3,
	byType: events > 0 ? [{ type: 'workshop' as const, events, participants: events * 3 }] : []
});

describe('timelineRows', () => {
	test.each([
		{ interval: 'month' as const, starts: ['2022-11-01', '2022-12-01'], lastEnd: '2023-01-01' },
		{ interval: 'quarter' as const, starts: ['2022-07-01', '2022-10-01'], lastEnd: '2023-01-01' },
		{ interval: 'year' as const, starts: ['2021-01-01', '2022-01-01'], lastEnd: '2023-01-01' }
	])(
		'a $interval bucket ends where the next starts, the last one an interval later',
		({ interval, starts, lastEnd }) => {
			const rows = timelineRows({
				interval,
				buckets: starts.map((s, i) => bucket(s, i)),
				totals: { events: 1, participants: 3 },
				synthetic: false
			});
			expect(
				rows.map(
					(r) =>
						`${r.start.toISOString().slice(0, 10)}..${r.end.toISOString().slice(0, 10)} ${r.byType.get('workshop') ?? 0}`
				)
			).toEqual([`${starts[0]}..${starts[1]} 0`, `${starts[1]}..${lastEnd} 1`]);
		}
	);
});

describe('milestones', () => {
	test('their labels follow the page language; the conferences keep their acronym', async () => {
		expect(milestones.map((m) => m.label)).toEqual(['Pilot launch', 'COP11', 'COP12']);
		await i18n.use('ur');
		expect(milestones.map((m) => m.label)).toEqual(['آزمائشی منصوبے کا آغاز', 'COP11', 'COP12']);
		expect(milestones.map((m) => m.date.toISOString().slice(0, 10))).toEqual([
			'2022-09-15',
			'2022-10-17',
			'2024-10-14'
		]);
	});
});
