import { describe, expect, test } from 'vitest';
import { m } from '../../i18n.svelte.ts';
import { layoutSwimlane, swimlaneDomain, type SwimMark, type SwimStep } from './step-swimlane.ts';

const base = {
	plannedFrom: null,
	dueOn: null,
	startedOn: null,
	completedOn: null,
	delayDays: null
};
const steps: SwimStep[] = [
	{
		...base,
		key: 'focal_point',
		label: 'Focal point',
		status: 'completed',
		plannedFrom: '2020-12-01',
		dueOn: '2020-12-15'
	},
	{
		...base,
		key: 'experts',
		label: 'Experts',
		status: 'completed',
		plannedFrom: '2020-12-01',
		dueOn: '2020-12-29',
		startedOn: '2020-12-01',
		completedOn: '2021-01-21',
		delayDays: 23
	},
	{
		...base,
		key: 'written_feedback',
		label: 'Feedback',
		status: 'in_progress',
		plannedFrom: '2022-08-31',
		dueOn: '2023-02-28',
		startedOn: '2022-08-31',
		delayDays: 461
	},
	{ ...base, key: 'dialogue', label: 'Dialogue', status: null },
	{ ...base, key: 'summary', label: 'Summary', status: 'completed', completedOn: '2024-01-10' }
];
const r = (v: number) => Number(v.toFixed(1));

function show(m: SwimMark): string {
	const parts = [m.key, m.note];
	if (m.planned) parts.push(`planned ${r(m.planned.x1)}-${r(m.planned.x2)}`);
	if (m.actual)
		parts.push(`actual ${r(m.actual.x)}+${r(m.actual.width)}${m.actual.open ? ' open' : ''}`);
	if (m.point !== null) parts.push(`point ${r(m.point)}`);
	if (m.delay)
		parts.push(
			`delay ${r(m.delay.x)}+${r(m.delay.width)} "${m.delay.text}" @${r(m.delay.textX)},${m.delay.textY}`
		);
	return parts.join(' | ');
}

describe('swimlaneDomain', () => {
	test.each([
		{
			name: 'pads the dates and today out to whole quarters',
			today: '2024-06-04',
			expected: ['2020-10-01', '2024-07-01']
		},
		{
			name: 'today on a quarter start still gets the next quarter',
			today: '2024-04-01',
			expected: ['2020-10-01', '2024-07-01']
		}
	])('$name', ({ today, expected }) => {
		expect(swimlaneDomain(steps, today)).toEqual(expected);
	});

	test('without any date the axis is the year up to today', () => {
		expect(swimlaneDomain([{ ...base, key: 'x', label: 'x', status: null }], '2024-05-15')).toEqual(
			['2023-04-01', '2024-07-01']
		);
	});
});

describe('layoutSwimlane', () => {
	test('planned lines, actual bars, delay bands labelled in days, unknown and dateless notes', () => {
		const out = layoutSwimlane({ steps, today: '2024-06-04', width: 401, text: m().chart });
		expect(out.marks.map(show)).toEqual(
			[
				'focal_point | completed, date unknown | planned 18.8-22.9',
				'experts | completed | planned 18.8-26.9 | actual 18.8+14.9 | delay 26.9+6.7 "+23 days" @37.6,90',
				'written_feedback | in progress | planned 204.7-257.5 | actual 204.7+187.4 open | delay 257.5+134.7 "+461 days" @261.5,119',
				'dialogue | unknown',
				'summary | completed | point 349.6'
			].map((s) => s)
		);
		expect(out.ticks.map((t) => t.label)).toEqual(['2021', '2022', '2023', '2024']);
		const narrow = layoutSwimlane({
			steps: [{ ...steps[0], label: 'Governmental experts appointed' } as SwimStep],
			today: '2024-06-04',
			width: 320,
			text: m().chart
		});
		expect(narrow.marks[0]?.note).toBe('done, no date');
		expect(r(out.today)).toBe(392.1);
	});
});

describe('layoutSwimlane right to left', () => {
	test('time runs leftwards: bars, bands and today mirror, delay labels sit left of their band', () => {
		const ltr = layoutSwimlane({ steps, today: '2024-06-04', width: 401, text: m().chart });
		const rtl = layoutSwimlane({
			steps,
			today: '2024-06-04',
			width: 401,
			text: m().chart,
			rtl: true
		});
		expect(rtl.marks.map(show)).toEqual([
			'focal_point | completed, date unknown | planned 382.2-378.1',
			'experts | completed | planned 382.2-374.1 | actual 367.4+14.9 | delay 367.4+6.7 "+23 days" @363.4,90',
			'written_feedback | in progress | planned 196.3-143.5 | actual 8.9+187.4 open | delay 8.9+134.7 "+461 days" @139.5,119',
			'dialogue | unknown',
			'summary | completed | point 51.4'
		]);
		expect(rtl.ticks.map((t) => r(t.x))).toEqual(ltr.ticks.map((t) => r(401 - t.x)));
		expect(r(rtl.today)).toBe(r(401 - ltr.today));
		expect([rtl.labelX, rtl.noteX, r(rtl.todayTextX)]).toEqual([400, 1, r(rtl.today + 4)]);
	});
});
