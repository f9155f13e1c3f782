import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import RowBars from './RowBars.svelte';

const data = [
	{ code: '1', name: 'Cluster 1', events: 80, people: 1600 },
	{ code: '2', name: 'Cluster 2', events: 2, people: 28 },
	{ code: 'none', name: 'No cluster', events: 14, people: 256 }
];
type Datum = (typeof data)[number];

const measures = [
	{
		label: 'Events',
		value: (d: Datum) => d.events,
		text: (d: Datum) => String(d.events),
		colour: () => '#0072B2'
	},
	{
		label: 'Participants',
		value: (d: Datum) => d.people,
		text: (d: Datum) => String(d.people),
		colour: () => '#D55E00'
	}
];

test('RowBars keeps the given order, labels rows and values, and heads each measure panel', () => {
	const { container, getByRole } = render(RowBars<Datum>, {
		data,
		key: (d: Datum) => d.code,
		label: (d: Datum) => d.name,
		measures,
		width: 336,
		labelledBy: 'title'
	});
	expect(getByRole('img').getAttribute('tabindex')).toBeNull();
	const rows = [...container.querySelectorAll('g.row')];
	const texts = (g: Element) => [...g.querySelectorAll('text')].map((t) => t.textContent.trim());
	expect(rows.map((g) => texts(g).join(' '))).toEqual([
		'Cluster 1 80 1600',
		'Cluster 2 2 28',
		'No cluster 14 256'
	]);
	expect([...container.querySelectorAll('text.head')].map((t) => t.textContent)).toEqual([
		'Events',
		'Participants'
	]);
});

test('with describe it is one tab stop; arrows move the focus and the readout, Enter selects', async () => {
	const picked: string[] = [];
	const { container, getByRole } = render(RowBars<Datum>, {
		data,
		key: (d: Datum) => d.code,
		label: (d: Datum) => d.name,
		measures,
		width: 336,
		labelledBy: 'title',
		describe: (d: Datum) => `${d.name}: ${d.events} events`,
		onSelect: (d: Datum) => picked.push(d.code),
		selected: (d: Datum) => d.code === '2'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	expect(container.querySelector('g.row.selected')?.textContent).toContain('✓ Cluster 2');
	svg.focus();
	await fireEvent.focus(svg);
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	expect(container.querySelector('rect.focus')).not.toBeNull();
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('Cluster 2: 2 events');
	await fireEvent.keyDown(svg, { key: 'Enter' });
	const none = container.querySelector('g.row[data-key="none"] rect.bar');
	if (!none) throw new Error('no row "none"');
	await fireEvent.click(none);
	expect(picked).toEqual(['2', 'none']);
});
