import { describe, expect, test } from 'vitest';
import { layoutColumns, nextSegment, type ColumnLayout } from './stacked-columns.ts';

interface Bucket {
	start: string;
	end: string;
	counts: Record<string, number>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const r = (v: number) => Number(v.toFixed(3));

function show(layout: ColumnLayout) {
	return {
		segments: layout.segments.map(
			(s) => `${s.series}[${s.index}] ${r(s.x)},${r(s.y)} ${r(s.width)}x${r(s.height)}`
		),
		yTicks: layout.yTicks.map((t) => `${t.value}@${r(t.y)}`).join(' '),
		xTicks: layout.xTicks
			.map((t) => `${t.date.toISOString().slice(0, 10)}@${r(t.x)}:${t.anchor}`)
			.join(' '),
		milestones: layout.milestones.map((m) => `${m.label}@${r(m.x)},${m.labelY} ${m.anchor}`)
	};
}

const years: Bucket[] = [
	{ start: '2021-01-01', end: '2022-01-01', counts: { workshop: 2, training: 1 } },
	{ start: '2022-01-01', end: '2023-01-01', counts: { workshop: 0, training: 4 } }
];

const tests: {
	name: string;
	data: Bucket[];
	milestones?: { date: Date; label: string }[];
	width: number;
	expected: ReturnType<typeof show>;
}[] = [
	{
		name: 'stacks series bottom first, skips empty segments, and spans each bucket',
		data: years,
		width: 244,
		expected: {
			segments: [
				'workshop[0] 37,126 98x90',
				'training[0] 37,81 98x45',
				'training[1] 137,36 98x180'
			],
			yTicks: '0@216 1@171 2@126 3@81 4@36',
			xTicks: '2021-01-01@36:start 2022-01-01@136:middle 2023-01-01@236:end',
			milestones: []
		}
	},
	{
		name: 'puts milestones on the time axis, staggers close labels and flips them at the edge',
		data: years,
		width: 244,
		milestones: [
			{ date: day('2022-10-17'), label: 'COP11' },
			{ date: day('2022-09-15'), label: 'Pilot launch' },
			{ date: day('2019-01-01'), label: 'Outside' }
		],
		expected: {
			segments: [
				'workshop[0] 37,126 98x90',
				'training[0] 37,81 98x45',
				'training[1] 137,36 98x180'
			],
			yTicks: '0@216 1@171 2@126 3@81 4@36',
			xTicks: '2021-01-01@36:start 2022-01-01@136:middle 2023-01-01@236:end',
			milestones: ['Pilot launch@206.41,14 end', 'COP11@215.18,27 end']
		}
	},
	{ name: 'no data gives an empty layout', data: [], width: 244, expected: show(emptyLayout()) }
];

function emptyLayout(): ColumnLayout {
	return {
		segments: [],
		xTicks: [],
		yTicks: [],
		yLabelX: 0,
		milestones: [],
		plot: { left: 0, right: 0, top: 0, bottom: 0 }
	};
}

describe('layoutColumns', () => {
	test.each(tests)('$name', ({ data, milestones, width, expected }) => {
		const layout = layoutColumns({
			data,
			keys: ['workshop', 'training'],
			start: (d) => day(d.start),
			end: (d) => day(d.end),
			value: (d, key) => d.counts[key] ?? 0,
			width,
			height: 240,
			...(milestones ? { milestones } : {})
		});
		expect(show(layout)).toEqual(expected);
	});

	test('right to left: the earliest bucket at the right, the y axis on the right', () => {
		const layout = layoutColumns({
			data: years,
			keys: ['workshop', 'training'],
			start: (d) => day(d.start),
			end: (d) => day(d.end),
			value: (d, key) => d.counts[key] ?? 0,
			width: 244,
			height: 240,
			milestones: [{ date: day('2022-09-15'), label: 'Pilot launch' }],
			rtl: true
		});
		expect(show(layout)).toEqual({
			segments: [
				'workshop[0] 109,126 98x90',
				'training[0] 109,81 98x45',
				'training[1] 9,36 98x180'
			],
			yTicks: '0@216 1@171 2@126 3@81 4@36',
			xTicks: '2021-01-01@208:start 2022-01-01@108:middle 2023-01-01@8:end',
			milestones: ['Pilot launch@37.59,14 end']
		});
		expect(layout.yLabelX).toBe(214);
		const [first, last] = [layout.xTicks[0]?.x ?? 0, layout.xTicks.at(-1)?.x ?? 0];
		expect(first).toBeGreaterThan(last);
	});
});

describe('nextSegment', () => {
	const layout = layoutColumns({
		data: years,
		keys: ['workshop', 'training'],
		start: (d) => day(d.start),
		end: (d) => day(d.end),
		value: (d, key) => d.counts[key] ?? 0,
		width: 244,
		height: 240
	});
	const keys = ['workshop', 'training'];
	test.each([
		{ from: undefined, key: 'ArrowRight', expected: 'training:1' },
		{ from: 'workshop:0', key: 'ArrowUp', expected: 'training:0' },
		{ from: 'training:0', key: 'ArrowUp', expected: 'training:0' },
		{ from: 'training:0', key: 'ArrowDown', expected: 'workshop:0' },
		{ from: 'workshop:0', key: 'ArrowRight', expected: 'training:1' },
		{ from: 'training:1', key: 'ArrowRight', expected: 'training:1' },
		{ from: 'training:1', key: 'ArrowLeft', expected: 'training:0' },
		{ from: 'training:1', key: 'Home', expected: 'workshop:0' },
		{ from: 'workshop:0', key: 'End', expected: 'training:1' },
		{ from: 'workshop:0', key: 'Enter', expected: null }
	])('$key from $from is $expected', ({ from, key, expected }) => {
		expect(nextSegment(layout.segments, from, { key, keys })?.key ?? null).toBe(expected);
	});
});
