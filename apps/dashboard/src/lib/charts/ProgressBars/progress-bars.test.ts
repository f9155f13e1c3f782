import { describe, expect, test } from 'vitest';
import { fitText, layoutProgress, type ProgressMark } from './progress-bars.ts';

interface Row {
	id: string;
	name: string;
	pct: number | null;
}

function show(marks: ProgressMark<Row>[]): string[] {
	return marks.map(
		(m) =>
			`${m.key} "${m.label}"@${m.labelY} track ${m.y} ${m.trackWidth} fill ${m.fillWidth ?? 'unknown'} value@${m.valueX},${m.valueY}`
	);
}

const tests: { name: string; data: Row[]; width: number; expected: string[] }[] = [
	{
		name: 'keeps the given order and fills up to the value',
		data: [
			{ id: '2', name: 'Two', pct: 50 },
			{ id: '1', name: 'One', pct: 100 }
		],
		width: 276,
		expected: [
			'2 "Two"@14 track 20 200 fill 100 value@206,29',
			'1 "One"@58 track 64 200 fill 200 value@206,73'
		]
	},
	{
		name: 'an unknown value has no fill (never zero)',
		data: [{ id: '3', name: 'Three', pct: null }],
		width: 276,
		expected: ['3 "Three"@14 track 20 200 fill unknown value@206,29']
	},
	{
		name: 'zero is a known value with an empty fill',
		data: [{ id: '4', name: 'Four', pct: 0 }],
		width: 276,
		expected: ['4 "Four"@14 track 20 200 fill 0 value@206,29']
	},
	{
		name: 'too narrow gives no marks',
		data: [{ id: '1', name: 'One', pct: 5 }],
		width: 60,
		expected: []
	}
];

describe('layoutProgress', () => {
	test.each(tests)('$name', ({ data, width, expected }) => {
		const marks = layoutProgress({
			data,
			key: (d) => d.id,
			value: (d) => d.pct,
			label: (d) => d.name,
			width
		});
		expect(show(marks)).toEqual(expected);
	});
});

describe('fitText', () => {
	test.each([
		{ text: 'Short', width: 70, expected: 'Short' },
		{ text: 'Criminalization and jurisdiction', width: 70, expected: 'Criminali…' },
		{ text: 'Law enforcement', width: 70, expected: 'Law enfor…' }
	])('fitText($text, $width) is "$expected"', ({ text, width, expected }) => {
		expect(fitText(text, width)).toBe(expected);
	});
});

describe('layoutProgress right to left', () => {
	test('tracks and fills start at the right edge; the value sits left of the track', () => {
		const marks = layoutProgress({
			data: [{ id: '2', name: 'Two', pct: 50 }],
			key: (d) => d.id,
			value: (d) => d.pct,
			label: (d) => d.name,
			width: 276,
			rtl: true
		});
		expect(
			marks.map(
				(m) =>
					`label@${m.labelX} track ${m.x}+${m.trackWidth} fill ${m.fillX}+${m.fillWidth} value@${m.valueX}`
			)
		).toEqual(['label@276 track 76+200 fill 176+100 value@70']);
	});
});
