import { fireEvent, render } from '@testing-library/svelte';
import { regionNames, type RegionCode } from '@untoc-alliance/schema';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import { contrast } from '../Heatmap/heatmap.ts';
import TileGrid from './TileGrid.svelte';
import { pakistanTiles } from './tile-grid.ts';

const counts: Partial<Record<RegionCode, number>> = {
	'PK-PB': 1200,
	'PK-SD': 9,
	'PK-IS': 30,
	'PK-KP': 4
};

function renderGrid(more: object = {}) {
	return render(TileGrid<RegionCode>, {
		layout: pakistanTiles,
		value: (c: RegionCode) => counts[c] ?? 0,
		label: (c: RegionCode) => regionNames[c],
		format: (n: number | null) =>
			n === null ? 'fewer than 3' : new Intl.NumberFormat('en-GB').format(n),
		width: 420,
		labelledBy: 'title',
		...more
	});
}

afterEach(() => i18n.use('en'));

/** The tiles as "key label value", in document order (the same reading as the e2e `bars()`). */
function tiles(container: Element): string[] {
	return [...container.querySelectorAll('g.bar')].map(
		(g) =>
			`${g.getAttribute('data-key')} ${g.querySelector('.label')?.textContent.trim()} ${g.querySelector('.value')?.textContent.trim()}`
	);
}

test('one g.bar tile per region in reading order, with its short label and formatted count', () => {
	const { container, getByRole } = renderGrid();
	expect(getByRole('img').getAttribute('aria-labelledby')).toBe('title');
	expect(tiles(container)).toEqual([
		'PK-GB GB 0',
		'PK-KP KP 4',
		'PK-IS Islamabad 30',
		'PK-JK AJK 0',
		'PK-BA Balochistan 0',
		'PK-PB Punjab 1,200',
		'PK-SD Sindh 9'
	]);
	expect(container.querySelector('svg')?.getAttribute('tabindex')).toBeNull();
	expect(container.querySelector('g.legend')?.textContent).toContain('1,200');
});

test('filled tiles are shaded by count with ink of at least 4.5:1; zeros are empty outlines', () => {
	const { container } = renderGrid();
	const filled = [...container.querySelectorAll('g.bar.filled')];
	expect(filled.map((g) => g.getAttribute('data-key'))).toEqual([
		'PK-KP',
		'PK-IS',
		'PK-PB',
		'PK-SD'
	]);
	for (const g of filled) {
		const fill = g.querySelector('rect')?.getAttribute('fill') ?? '';
		for (const text of g.querySelectorAll('text'))
			expect(contrast(fill, text.getAttribute('fill') ?? '')).toBeGreaterThanOrEqual(4.5);
	}
	const punjab = container.querySelector('g.bar[data-key="PK-PB"] rect')?.getAttribute('fill');
	expect(punjab).toBe('rgb(8, 48, 107)');
	const empty = container.querySelector('g.bar[data-key="PK-GB"]');
	expect(empty?.classList.contains('empty')).toBe(true);
	expect(empty?.querySelector('rect')?.hasAttribute('fill')).toBe(false);
	expect(empty?.getAttribute('data-count')).toBe('0');
});

test('a region outside the filter shows a dash and the legend explains it', () => {
	const { container } = renderGrid({
		value: (c: RegionCode) => (c === 'PK-PB' ? 12 : undefined),
		selected: (c: RegionCode) => c === 'PK-PB'
	});
	expect(tiles(container)).toContain('PK-SD Sindh –');
	expect(container.querySelectorAll('g.bar.out')).toHaveLength(6);
	expect(container.querySelector('g.legend')?.textContent).toContain('not in filter');
});

test('one tab stop: arrows move the focus spatially, Enter and clicks select, selection is marked', async () => {
	const picked: string[] = [];
	const { container, getByRole } = renderGrid({
		onSelect: (c: RegionCode) => picked.push(c),
		selected: (c: RegionCode) => c === 'PK-SD'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	const sindh = container.querySelector('g.bar[data-key="PK-SD"]');
	expect(sindh?.getAttribute('data-selected')).toBe('true');
	expect(sindh?.classList.contains('selected')).toBe(true);
	expect(sindh?.querySelector('.check')?.textContent).toBe('✓');
	expect(container.querySelectorAll('.check')).toHaveLength(1);

	svg.focus();
	await fireEvent.focus(svg);
	// The focus starts on the first tile (Gilgit-Baltistan), top right.
	const ring = () => container.querySelector('rect.focus')?.getAttribute('x');
	const at = (code: string) => {
		const rect = container.querySelector(`g.bar[data-key="${code}"] rect`);
		return String(Number(rect?.getAttribute('x')) - 4);
	};
	expect(ring()).toBe(at('PK-GB'));
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	expect(ring()).toBe(at('PK-JK'));
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	expect(ring()).toBe(at('PK-IS'));
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	await fireEvent.keyDown(svg, { key: 'ArrowLeft' });
	expect(ring()).toBe(at('PK-BA'));
	expect(container.querySelector('[aria-live]')?.textContent).toBe('Balochistan: 0 members');
	await fireEvent.keyDown(svg, { key: 'Enter' });
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	await fireEvent.keyDown(svg, { key: ' ' });
	const punjab = container.querySelector('g.bar[data-key="PK-PB"] .value');
	if (!punjab) throw new Error('no Punjab tile');
	await fireEvent.click(punjab);
	expect(picked).toEqual(['PK-BA', 'PK-SD', 'PK-PB']);
	expect(ring()).toBe(at('PK-PB'));
	await fireEvent.blur(svg);
	expect(container.querySelector('rect.focus')).toBeNull();
});

test('hovering a tile shows its full name and count, as focus does', async () => {
	const { container } = renderGrid();
	const kp = container.querySelector('g.bar[data-key="PK-KP"] rect');
	if (!kp) throw new Error('no KP tile');
	await fireEvent.pointerOver(kp);
	expect(container.querySelector('.tip')?.textContent.trim()).toBe('Khyber Pakhtunkhwa: 4 members');
	const svg = container.querySelector('svg');
	if (!svg) throw new Error('no svg');
	await fireEvent.pointerLeave(svg);
	expect(container.querySelector('.tip')).toBeNull();
});

test('in Urdu the map keeps west at the left; labels, legend and tooltips are Urdu', async () => {
	const english = renderGrid().container;
	const x = (c: Element, key: string) =>
		c.querySelector(`g.bar[data-key="${key}"] rect.tile`)?.getAttribute('x');
	const legendTitleX = Number(english.querySelector('g.legend text')?.getAttribute('x'));
	const before = { ba: x(english, 'PK-BA'), gb: x(english, 'PK-GB') };
	document.body.innerHTML = '';
	await i18n.use('ur');
	const { container } = renderGrid({ onSelect: () => undefined });
	expect({ ba: x(container, 'PK-BA'), gb: x(container, 'PK-GB') }).toEqual(before);
	expect(container.querySelector('g.bar[data-key="PK-PB"] .label')?.textContent).toBe('پنجاب');
	const title = container.querySelector('g.legend text');
	expect(title?.textContent).toBe('اراکین');
	// The legend reads from the right of its corner.
	expect(Number(title?.getAttribute('x'))).toBeGreaterThan(legendTitleX);
	const svg = container.querySelector('svg');
	if (!svg) throw new Error('no svg');
	await fireEvent.focus(svg);
	expect(container.querySelector('[aria-live]')?.textContent).toBe('Gilgit-Baltistan: 0 اراکین');
});
