import { describe, expect, test } from 'vitest';
import { layoutPhases, phaseHeight } from './phase-timeline.ts';

const rows = [
	{
		key: 'process',
		label: 'Review process',
		plannedStart: '2020-10-01',
		plannedEnd: '2030-10-01',
		actualStart: null,
		actualEnd: null,
		verified: true
	},
	{
		key: '1',
		label: 'Phase 1',
		plannedStart: '2020-10-01',
		plannedEnd: '2024-10-01',
		actualStart: '2020-12-01',
		actualEnd: '2024-10-18',
		verified: true
	},
	{
		key: '4',
		label: 'Phase 4',
		plannedStart: '2026-10-01',
		plannedEnd: '2030-10-01',
		actualStart: null,
		actualEnd: null,
		verified: false
	}
];
const r = (v: number) => Number(v.toFixed(3));

describe('layoutPhases', () => {
	const tests = [
		{
			name: 'a 2020–2030 axis on 402 px: the process spans the width, phase 4 its last 40%',
			width: 402,
			today: '2026-11-28',
			expected: [
				'process 1+400',
				'1 1+160.022 actual 7.681+155.203',
				'4 240.978+160.022 unverified'
			],
			ticks: '2022 2024 2026 2028 2030',
			today_: '247.331 start'
		},
		{
			name: 'on a phone the ticks thin out; today near the end anchors its label at the end',
			width: 200,
			today: '2030-06-01',
			expected: ['process 1+198', '1 1+79.211 actual 4.307+76.825', '4 119.789+79.211 unverified'],
			ticks: '2025 2030',
			today_: '192.386 end'
		}
	];
	test.each(tests)('$name', ({ width, today, expected, ticks, today_ }) => {
		const out = layoutPhases({ rows, start: '2020-10-01', end: '2030-10-01', today, width });
		expect(
			out.marks.map(
				(m) =>
					`${m.key} ${r(m.planned.x)}+${r(m.planned.width)}${m.actual ? ` actual ${r(m.actual.x)}+${r(m.actual.width)}` : ''}${m.verified ? '' : ' unverified'}`
			)
		).toEqual(expected);
		expect(out.ticks.map((t) => t.label).join(' ')).toBe(ticks);
		expect(`${r(out.today?.x ?? -1)} ${out.today?.anchor}`).toBe(today_);
		expect(out.height).toBe(phaseHeight(3));
	});

	test("right to left: 2020 at the right, today's label runs leftwards from its rule", () => {
		const out = layoutPhases({
			rows,
			start: '2020-10-01',
			end: '2030-10-01',
			today: '2026-11-28',
			width: 402,
			rtl: true
		});
		expect(out.marks.map((m) => `${m.key} ${r(m.planned.x)}+${r(m.planned.width)}`)).toEqual([
			'process 1+400',
			'1 240.978+160.022',
			'4 1+160.022'
		]);
		expect(out.ticks.map((t) => `${t.label}@${r(t.x)}`).join(' ')).toBe(
			'2022@350.945 2024@270.989 2026@190.923 2028@110.967 2030@30.901'
		);
		expect(out.labelX).toBe(401);
		expect(out.today?.x).toBeCloseTo(154.67, 2);
		expect(out.today?.anchor).toBe('start');
		expect(out.today?.textX).toBeCloseTo(150.67, 2);
		const early = layoutPhases({
			rows,
			start: '2020-10-01',
			end: '2030-10-01',
			today: '2030-06-01',
			width: 200,
			rtl: true
		});
		expect(early.today?.anchor).toBe('end');
		expect((early.today?.textX ?? 0) > (early.today?.x ?? 0)).toBe(true);
	});

	test('no today rule when today is outside the axis', () => {
		const out = layoutPhases({
			rows,
			start: '2020-10-01',
			end: '2030-10-01',
			today: '2031-01-01',
			width: 300
		});
		expect(out.today).toBeNull();
	});
});
