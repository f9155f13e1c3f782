import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import BarChart from './BarChart.svelte';

afterEach(() => i18n.use('en'));

const data = [
	{ code: 'ngo', name: 'NGO / CSO', n: 30 },
	{ code: 'academia', name: 'Academia', n: 7 },
	{ code: 'media', name: 'Media', n: 15 }
];

type Datum = (typeof data)[number];

function texts(g: Element): string {
	return [...g.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ');
}

test('BarChart draws one labelled bar per datum, largest first, named by its title', () => {
	const { container, getByRole } = render(BarChart<Datum>, {
		data,
		key: (d: Datum) => d.code,
		value: (d: Datum) => d.n,
		label: (d: Datum) => d.name,
		colour: (d: Datum) => (d.code === 'academia' ? '#E69F00' : '#000000'),
		width: 348,
		height: 300,
		labelledBy: 'title'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('aria-labelledby')).toBe('title');
	const bars = [...container.querySelectorAll('g.bar')];
	expect(bars.map((g) => g.getAttribute('data-key'))).toEqual(['ngo', 'media', 'academia']);
	expect(bars.map((g) => texts(g))).toEqual(['NGO / CSO 30', 'Media 15', 'Academia 7']);
	expect(container.querySelector('rect.hit')).toBeNull();
	const rects = [...container.querySelectorAll('rect')];
	expect(rects.map((r) => `${r.getAttribute('width')} ${r.getAttribute('fill')}`)).toEqual([
		'300 #000000',
		'150 #000000',
		'70 #E69F00'
	]);
});

test('with onSelect the chart is one tab stop; arrows move the focus, Enter and clicks select', async () => {
	const picked: string[] = [];
	const { container, getByRole } = render(BarChart<Datum>, {
		data,
		key: (d: Datum) => d.code,
		value: (d: Datum) => d.n,
		label: (d: Datum) => d.name,
		colour: () => '#000000',
		width: 348,
		height: 300,
		labelledBy: 'title',
		onSelect: (d: Datum) => picked.push(d.code),
		selected: (d: Datum) => d.code === 'media'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	expect(container.querySelector('g.bar.selected')?.textContent).toContain('✓ Media');
	svg.focus();
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	expect(container.querySelector('rect.focus')).not.toBeNull();
	await fireEvent.keyDown(svg, { key: 'Enter' });
	const academia = container.querySelector('g.bar[data-key="academia"] rect');
	if (!academia) throw new Error('no academia bar');
	await fireEvent.click(academia);
	expect(picked).toEqual(['media', 'academia']);
});

test('BarChart outlines a suppressed (null) bar and labels it with format(null), never 0', () => {
	interface Row {
		code: string;
		n: number | null;
	}
	const { container } = render(BarChart<Row>, {
		data: [
			{ code: 'ngo', n: 30 },
			{ code: 'media', n: null }
		],
		key: (d: Row) => d.code,
		value: (d: Row) => d.n,
		label: (d: Row) => d.code,
		colour: () => '#000000',
		format: (n: number | null) => (n === null ? 'fewer than 3' : String(n)),
		suppressedBelow: 3,
		width: 396,
		height: 300,
		labelledBy: 'title'
	});
	const bars = [...container.querySelectorAll('g.bar')];
	expect(bars.map((g) => texts(g))).toEqual(['ngo 30', 'media fewer than 3']);
	const media = bars[1]?.querySelector('rect');
	expect(media?.classList.contains('suppressed-mark')).toBe(true);
	expect(Number(media?.getAttribute('width'))).toBeGreaterThan(0);
});

test('in Urdu the bars grow from the right edge and ArrowLeft goes on down the list', async () => {
	await i18n.use('ur');
	const picked: string[] = [];
	const { container, getByRole } = render(BarChart<Datum>, {
		data,
		key: (d: Datum) => d.code,
		value: (d: Datum) => d.n,
		label: (d: Datum) => d.name,
		colour: () => '#0072B2',
		width: 348,
		height: 300,
		labelledBy: 'title',
		onSelect: (d: Datum) => picked.push(d.code)
	});
	const bars = [...container.querySelectorAll('g.bar rect:not(.hit)')];
	expect(bars.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')))).toEqual([
		348, 348, 348
	]);
	expect(container.querySelector('g.bar .label')?.getAttribute('x')).toBe('348');
	const svg = getByRole('img');
	await fireEvent.focus(svg);
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	await fireEvent.keyDown(svg, { key: 'Enter' });
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	await fireEvent.keyDown(svg, { key: 'Enter' });
	expect(picked).toEqual(['media', 'ngo']);
});
