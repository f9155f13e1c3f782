import { describe, expect, test } from 'vitest';
import { layoutRowBars, rowBarsHeight } from './row-bars.ts';

interface Datum {
	code: string;
	events: number;
	people: number;
	share: number;
}

const data: Datum[] = [
	{ code: '1', events: 80, people: 1600, share: 0.5 },
	{ code: '2', events: 20, people: 400, share: 1 },
	{ code: 'none', events: 0, people: 0, share: 0 }
];

function show(layout: ReturnType<typeof layoutRowBars<Datum>>): string[] {
	return layout.rows.map(
		(r) =>
			`${r.key} label@${r.labelY} bars@${r.y} ` +
			r.bars.map((b) => `${b.x}+${b.width}/${b.track}→${b.valueX}`).join(' ')
	);
}

describe('layoutRowBars', () => {
	test('keeps the given order and scales each measure on its own, from zero', () => {
		const layout = layoutRowBars({
			data,
			key: (d) => d.code,
			measures: [{ value: (d) => d.events }, { value: (d) => d.people }],
			width: 336
		});
		expect(layout.panels).toEqual([
			{ x: 0, width: 160, headX: 0, headY: 14 },
			{ x: 176, width: 160, headX: 176, headY: 14 }
		]);
		expect(show(layout)).toEqual([
			'1 label@34 bars@38 0+104/0→110 176+104/0→286',
			'2 label@74 bars@78 0+26/0→32 176+26/0→208',
			'none label@114 bars@118 0+0/0→6 176+0/0→182'
		]);
		expect(layout.height).toBe(144);
	});

	test('a fixed max draws a track to it and puts the value after the track', () => {
		const layout = layoutRowBars({
			data,
			key: (d) => d.code,
			measures: [{ value: (d) => d.share, max: 1 }],
			width: 256,
			valueRoom: 96
		});
		expect(show(layout)).toEqual([
			'1 label@14 bars@18 0+80/160→166',
			'2 label@54 bars@58 0+160/160→166',
			'none label@94 bars@98 0+0/160→166'
		]);
	});

	test('right to left: the first panel at the right, bars and tracks grow leftwards', () => {
		const layout = layoutRowBars({
			data,
			key: (d) => d.code,
			measures: [{ value: (d) => d.events }, { value: (d) => d.share, max: 1 }],
			width: 336,
			rtl: true
		});
		expect(layout.panels).toEqual([
			{ x: 176, width: 160, headX: 336, headY: 14 },
			{ x: 0, width: 160, headX: 160, headY: 14 }
		]);
		expect(layout.labelX).toBe(336);
		expect(show(layout)).toEqual([
			'1 label@34 bars@38 232+104/0→226 108+52/104→50',
			'2 label@74 bars@78 310+26/0→304 56+104/104→50',
			'none label@114 bars@118 336+0/0→330 160+0/104→50'
		]);
		expect(layout.rows[0]?.bars[1]?.trackX).toBe(56);
	});

	test('too narrow a width gives no rows but keeps the height', () => {
		const layout = layoutRowBars({
			data,
			key: (d) => d.code,
			measures: [{ value: (d) => d.events }],
			width: 40
		});
		expect(layout.rows).toEqual([]);
		expect(layout.height).toBe(rowBarsHeight(3, 1));
	});
});
