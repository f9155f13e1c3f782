import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import BarChart from './BarChart.svelte';

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
	const rects = [...container.querySelectorAll('rect')];
	expect(rects.map((r) => `${r.getAttribute('width')} ${r.getAttribute('fill')}`)).toEqual([
		'300 #000000',
		'150 #000000',
		'70 #E69F00'
	]);
});
