import { describe, expect, test } from 'vitest';
import { bandAt, layoutArea, nearestIndex, type AreaLayout } from './stacked-area.ts';

interface Point {
	month: string;
	counts: Record<string, number>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const r = (v: number) => Number(v.toFixed(3));

function show(layout: AreaLayout) {
	return {
		bands: layout.bands.map((b) => `${b.key} ${b.d}`),
		xs: layout.xs.join(' '),
		yTicks: layout.yTicks.map((t) => `${t.value}@${r(t.y)}`).join(' '),
		xTicks: layout.xTicks
			.map((t) => `${t.date.toISOString().slice(0, 10)}@${r(t.x)}:${t.anchor}`)
			.join(' '),
		milestones: layout.milestones.map((m) => `${m.label}@${r(m.x)},${m.labelY} ${m.anchor}`),
		top: layout.plot.top
	};
}

const months: Point[] = [
	{ month: '2022-01-01', counts: { ngo: 1, media: 0 } },
	{ month: '2022-02-01', counts: { ngo: 2, media: 1 } },
	{ month: '2022-03-01', counts: { ngo: 2, media: 2 } }
];

function layout(
	data: Point[],
	extra: { width?: number; milestones?: { date: Date; label: string }[]; rtl?: boolean } = {}
) {
	return layoutArea({
		data,
		keys: ['ngo', 'media'],
		date: (d) => day(d.month),
		value: (d, key) => d.counts[key] ?? 0,
		width: extra.width ?? 252,
		height: 132,
		...(extra.milestones ? { milestones: extra.milestones } : {}),
		...(extra.rtl ? { rtl: true } : {})
	});
}

describe('layoutArea', () => {
	test('stacks the series bottom first through one point per month, y from zero', () => {
		expect(show(layout(months))).toEqual({
			bands: [
				'ngo M40,83L145.08,58L240,58L240,108L145.08,108L40,108Z',
				'media M40,83L145.08,33L240,8L240,58L145.08,58L40,83Z'
			],
			xs: '40 145.08 240',
			yTicks: '0@108 1@83 2@58 3@33 4@8',
			xTicks: '2022-01-01@40:start 2022-02-01@145.08:middle 2022-03-01@240:end',
			milestones: [],
			top: 8
		});
	});

	test('labels close milestones in separate rows, moves the plot down, flips labels at the edge', () => {
		const shown = show(
			layout(months, {
				milestones: [
					{ date: day('2022-02-20'), label: 'COP11' },
					{ date: day('2022-02-01'), label: 'Pilot launch' },
					{ date: day('2021-06-01'), label: 'Before the data' }
				]
			})
		);
		expect(shown.milestones).toEqual(['Pilot launch@145.08,18 start', 'COP11@209.49,32 end']);
		expect(shown.top).toBe(36);
	});

	test('a label with no free row keeps its rule but has no text', () => {
		const many = ['A launch', 'B launch', 'C launch', 'D launch'].map((label, i) => ({
			date: day(`2022-02-0${i + 1}`),
			label
		}));
		const placed = layout(months, { milestones: many }).milestones;
		expect(placed.map((m) => m.labelY)).toEqual([18, 32, 46, null]);
	});

	test('a single month spans the plot; no data or no room gives an empty layout', () => {
		expect(layout(months.slice(2)).xs).toEqual([40]);
		expect(layout([]).bands).toEqual([]);
		expect(layout(months, { width: 60 }).bands).toEqual([]);
	});
});

describe('right to left', () => {
	test('time runs leftwards: the earliest month at the right, the y axis on the right', () => {
		const shown = show(layout(months, { rtl: true }));
		expect(shown.xs).toBe('212 106.92 12');
		expect(shown.xTicks).toBe('2022-01-01@212:start 2022-02-01@106.92:middle 2022-03-01@12:end');
		const out = layout(months, { rtl: true });
		expect(out.yLabelX).toBe(218);
		expect(out.plot).toMatchObject({ left: 12, right: 212 });
		const [first = 0, last = 0] = [out.xs[0], out.xs.at(-1)];
		expect(first).toBeGreaterThan(last);
	});

	test('milestone labels run leftwards from their rule', () => {
		const placed = layout(months, {
			rtl: true,
			milestones: [{ date: day('2022-02-01'), label: 'Pilot launch' }]
		}).milestones;
		expect(placed.map((m) => `${m.x} ${m.anchor} ${m.textX}`)).toEqual(['106.92 start 103.92']);
	});
});

describe('hit testing', () => {
	test('nearestIndex finds the closest point; bandAt the band under y', () => {
		const { xs, bands } = layout(months);
		expect([nearestIndex(xs, 0), nearestIndex(xs, 100), nearestIndex(xs, 500)]).toEqual([0, 1, 2]);
		expect(nearestIndex([], 10)).toBe(-1);
		expect([bandAt(bands, 1, 100), bandAt(bands, 1, 50), bandAt(bands, 1, 20)]).toEqual([0, 1, -1]);
		// media is 0 in the first month: its band there is empty and never hit.
		expect([bandAt(bands, 0, 90), bandAt(bands, 0, 80)]).toEqual([0, -1]);
	});
});
