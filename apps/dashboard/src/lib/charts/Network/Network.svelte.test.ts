import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import Network from './Network.svelte';

const data = [
	{ id: 'a', name: 'Alpha', events: 9 },
	{ id: 'b', name: 'Beta', events: 5 },
	{ id: 'c', name: 'Gamma', events: 2 },
	{ id: 'd', name: 'Delta', events: 1 }
];
const links = [
	{ source: 'a', target: 'b', weight: 4 },
	{ source: 'a', target: 'c', weight: 1 },
	{ source: 'c', target: 'd', weight: 1 }
];

type Datum = (typeof data)[number];

function renderNetwork(more: object = {}) {
	return render(Network<Datum>, {
		data,
		links,
		key: (d: Datum) => d.id,
		size: (d: Datum) => d.events,
		label: (d: Datum) => d.name,
		colour: (d: Datum) => (d.id === 'a' ? '#0072B2' : '#D55E00'),
		describe: (d: Datum) => `${d.name}: ${d.events} events`,
		labelled: 2,
		width: 400,
		height: 300,
		labelledBy: 'title',
		...more
	});
}

test('draws one coloured circle per node and one path per link weight, named by its title', () => {
	const { container, getByRole } = renderNetwork();
	const svg = getByRole('img');
	expect(svg.getAttribute('aria-labelledby')).toBe('title');
	expect(svg.getAttribute('tabindex')).toBe('0');
	const nodes = [...container.querySelectorAll('g.node')];
	expect(nodes.map((g) => g.getAttribute('data-key'))).toEqual(['a', 'b', 'c', 'd']);
	expect(nodes.map((g) => g.querySelector('circle')?.getAttribute('fill'))).toEqual([
		'#0072B2',
		'#D55E00',
		'#D55E00',
		'#D55E00'
	]);
	expect(nodes.map((g) => g.querySelector('text')?.textContent ?? '')).toEqual([
		'Alpha',
		'Beta',
		'',
		''
	]);
	const bundles = [...container.querySelectorAll('g.links path')];
	expect(
		bundles.map((p) => `${p.getAttribute('data-weight')}×${p.getAttribute('data-count')}`)
	).toEqual(['1×2', '4×1']);
	expect(Number(bundles[1]?.getAttribute('stroke-width'))).toBeGreaterThan(
		Number(bundles[0]?.getAttribute('stroke-width'))
	);
	expect(container.querySelector('line')).toBeNull();
});

test('arrow keys move the focus in rank order; the focused node shows its links and text', async () => {
	const picked: string[] = [];
	const { container, getByRole } = renderNetwork({ onSelect: (d: Datum) => picked.push(d.id) });
	const svg = getByRole('img');
	svg.focus();
	await fireEvent.focus(svg);
	expect(container.querySelector('.tip')?.textContent).toBe('Alpha');
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('Alpha: 9 events');
	expect([...container.querySelectorAll('line.on')].map((l) => l.getAttribute('data-key'))).toEqual(
		['a-c', 'a-b']
	);
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	expect(container.querySelector('.tip')?.textContent).toBe('Gamma');
	expect(container.querySelector('.readout')?.textContent.trim()).toBe('Gamma: 2 events');
	expect([...container.querySelectorAll('line.on')].map((l) => l.getAttribute('data-key'))).toEqual(
		['a-c', 'c-d']
	);
	expect(container.querySelector('g.node[data-key="b"]')?.classList.contains('dim')).toBe(true);
	await fireEvent.keyDown(svg, { key: 'Enter' });
	await fireEvent.keyDown(svg, { key: 'End' });
	await fireEvent.keyDown(svg, { key: 'Enter' });
	const beta = container.querySelector('g.node[data-key="b"] circle');
	if (!beta) throw new Error('no node b');
	await fireEvent.click(beta);
	expect(picked).toEqual(['c', 'd', 'b']);
});

test('selected nodes are marked; without focus nothing is highlighted', () => {
	const { container } = renderNetwork({ selected: (d: Datum) => d.id === 'b' });
	expect(container.querySelector('g.node.selected')?.getAttribute('data-key')).toBe('b');
	expect(container.querySelector('line.on')).toBeNull();
	expect(container.querySelector('.tip')).toBeNull();
});
