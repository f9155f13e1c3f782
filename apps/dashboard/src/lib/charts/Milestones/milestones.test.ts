import { scaleUtc } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { milestoneBand, placeMilestones, type Milestone } from './milestones.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const x = scaleUtc([day('2021-01-01'), day('2023-01-01')], [36, 236]);
const plot = { left: 36, right: 236, top: 36 };

function show(milestones: Milestone[], rows?: number): string[] {
	const top = milestoneBand(rows ?? 2);
	return placeMilestones(milestones, { x, plot: { ...plot, top }, ...(rows ? { rows } : {}) }).map(
		(m) => `${m.label}@${m.x},${m.labelY} ${m.anchor}${m.hidden ? ' hidden' : ''}`
	);
}

describe('placeMilestones', () => {
	test.each([
		{
			name: 'sorts by date, staggers close labels and flips them at the right edge',
			milestones: [
				{ date: day('2022-10-17'), label: 'COP11' },
				{ date: day('2022-09-15'), label: 'Pilot launch' }
			],
			expected: ['Pilot launch@206.41,14 end', 'COP11@215.18,27 end']
		},
		{
			name: 'leaves out milestones outside the plot',
			milestones: [
				{ date: day('2019-01-01'), label: 'Before' },
				{ date: day('2021-03-01'), label: 'In' },
				{ date: day('2024-01-01'), label: 'After' }
			],
			expected: ['In@52.16,14 start']
		},
		{
			name: 'puts far-apart labels in the first row',
			milestones: [
				{ date: day('2021-01-10'), label: 'A' },
				{ date: day('2022-06-01'), label: 'B' }
			],
			expected: ['A@38.47,14 start', 'B@177.37,14 start']
		},
		{
			name: 'hides a label that fits in no row instead of overlapping',
			milestones: [
				{ date: day('2021-02-01'), label: 'First dialogue' },
				{ date: day('2021-02-10'), label: 'Second dialogue' },
				{ date: day('2021-02-20'), label: 'Third dialogue' }
			],
			expected: [
				'First dialogue@44.49,14 start',
				'Second dialogue@46.96,27 start',
				'Third dialogue@49.7,14 start hidden'
			]
		},
		{
			name: 'gives the rows to higher priorities first, whatever their dates',
			milestones: [
				{ date: day('2021-02-01'), label: 'First dialogue', priority: 1 },
				{ date: day('2021-02-10'), label: 'Second dialogue', priority: 1 },
				{ date: day('2021-02-20'), label: 'COP', priority: 0 }
			],
			expected: [
				'First dialogue@44.49,27 start',
				'Second dialogue@46.96,14 start hidden',
				'COP@49.7,14 start'
			]
		},
		{
			name: 'hides a label that fits on neither side of its rule',
			milestones: [{ date: day('2022-01-01'), label: 'A label far too long for this small chart' }],
			expected: ['A label far too long for this small chart@136,14 end hidden']
		}
	])('$name', ({ milestones, expected }) => {
		expect(show(milestones)).toEqual(expected);
	});

	test('three rows (with the taller band above the plot) label the third milestone too', () => {
		expect(
			show(
				[
					{ date: day('2021-02-01'), label: 'First dialogue' },
					{ date: day('2021-02-10'), label: 'Second dialogue' },
					{ date: day('2021-02-20'), label: 'Third dialogue' }
				],
				3
			)
		).toEqual([
			'First dialogue@44.49,14 start',
			'Second dialogue@46.96,27 start',
			'Third dialogue@49.7,40 start'
		]);
	});
});

describe('placeMilestones right to left', () => {
	const rtl = scaleUtc([day('2021-01-01'), day('2023-01-01')], [236, 36]);
	const place = (milestones: Milestone[]) =>
		placeMilestones(milestones, { x: rtl, plot: { ...plot, top: milestoneBand(2) }, rtl: true });

	test('labels run leftwards from their rule, and flip to rightwards at the left edge', () => {
		const placed = place([
			{ date: day('2021-03-01'), label: 'Early' },
			{ date: day('2022-10-17'), label: 'COP11' }
		]);
		expect(placed.map((m) => `${m.label}@${m.x} ${m.anchor} text@${m.textX}`)).toEqual([
			'Early@219.84 start text@216.84',
			'COP11@56.82 end text@59.82'
		]);
	});

	test("a label that would cross the drawing's right edge is hidden", () => {
		const placed = placeMilestones([{ date: day('2022-12-01'), label: 'Late and long label' }], {
			x: rtl,
			plot: { ...plot, top: 36 },
			maxX: 60,
			rtl: true
		});
		expect(placed.map((m) => `${m.anchor}${m.hidden ? ' hidden' : ''}`)).toEqual(['end hidden']);
	});
});

describe('milestoneBand', () => {
	test.each([
		{ rows: 2, expected: 36 },
		{ rows: 3, expected: 49 },
		{ rows: 1, expected: 36 }
	])('$rows rows need $expected px above the plot', ({ rows, expected }) => {
		expect(milestoneBand(rows)).toBe(expected);
	});
});
