import { describe, expect, test } from 'vitest';
import { barsHeight, layoutBars, type BarMark } from './bar-chart.ts';

interface Row {
	name: string;
	n: number;
}

function show(marks: BarMark<Row>[]): string[] {
	const r = (v: number) => Number(v.toFixed(3));
	return marks.map(
		(m) =>
			`${m.key} label@${r(m.labelY)} bar ${r(m.y)} ${r(m.width)}x${r(m.height)} value@${r(m.valueX)},${r(m.valueY)}`
	);
}

const rows: Row[] = [
	{ name: 'ngo', n: 10 },
	{ name: 'academia', n: 20 },
	{ name: 'media', n: 10 }
];

const tests: { name: string; data: Row[]; width: number; height: number; expected: string[] }[] = [
	{
		name: 'sorts by value, largest first, ties by key, and caps the row height',
		data: rows,
		width: 248,
		height: 300,
		expected: [
			'academia label@12 bar 16 200x22 value@206,27',
			'media label@56 bar 60 100x22 value@106,71',
			'ngo label@100 bar 104 100x22 value@106,115'
		]
	},
	{
		name: 'shares the height between rows when it is short',
		data: rows,
		width: 148,
		height: 90,
		expected: [
			'academia label@12 bar 16 100x8 value@106,20',
			'media label@42 bar 46 50x8 value@56,50',
			'ngo label@72 bar 76 50x8 value@56,80'
		]
	},
	{
		name: 'a single zero still starts at zero',
		data: [{ name: 'youth', n: 0 }],
		width: 148,
		height: 90,
		expected: ['youth label@12 bar 16 0x22 value@6,27']
	},
	{ name: 'no data gives no marks', data: [], width: 300, height: 90, expected: [] },
	{ name: 'no width gives no marks', data: rows, width: 0, height: 90, expected: [] }
];

describe('barsHeight', () => {
	test.each([
		{ rows: 11, expected: 360 },
		{ rows: 1, expected: 40 },
		{ rows: 0, expected: 40 }
	])('barsHeight($rows) is $expected', ({ rows, expected }) => {
		expect(barsHeight(rows)).toBe(expected);
	});
});

describe('layoutBars', () => {
	test.each(tests)('$name', ({ data, width, height, expected }) => {
		const marks = layoutBars({ data, key: (d) => d.name, value: (d) => d.n, width, height });
		expect(show(marks)).toEqual(expected);
	});
});

describe('layoutBars right to left', () => {
	test('bars grow leftwards from the right edge, labels start there, values sit past the bar', () => {
		const marks = layoutBars({
			data: rows,
			key: (d) => d.name,
			value: (d) => d.n,
			width: 248,
			height: 300,
			rtl: true
		});
		expect(
			marks.map((m) => `${m.key} label@${m.labelX} bar ${m.x}+${m.width} value@${m.valueX}`)
		).toEqual([
			'academia label@248 bar 48+200 value@42',
			'media label@248 bar 148+100 value@142',
			'ngo label@248 bar 148+100 value@142'
		]);
	});
});
