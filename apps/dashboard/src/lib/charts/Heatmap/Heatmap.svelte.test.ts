import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import Heatmap from './Heatmap.svelte';

const counts: Record<string, number> = { 'ngo drugs': 10, 'ngo fraud': 2, 'media drugs': 5 };

test('Heatmap writes every count in its cell; arrows move the focus, Enter and clicks select', async () => {
	const picked: string[] = [];
	const { container, getByRole } = render(Heatmap, {
		rows: ['ngo', 'media'],
		columns: ['drugs', 'fraud'],
		value: (r: string, c: string) => counts[`${r} ${c}`] ?? 0,
		rowLabel: (r: string) => r.toUpperCase(),
		columnLabel: (c: string) => `Theme ${c}`,
		width: 600,
		labelledBy: 'title',
		onSelect: (r: string, c: string) => picked.push(`${r} ${c}`),
		selected: (k: string) => k === 'ngo' || k === 'drugs'
	});
	const svg = getByRole('img');
	expect(svg.getAttribute('tabindex')).toBe('0');
	const cells = [...container.querySelectorAll('g.cell')];
	expect(cells.map((g) => `${g.getAttribute('data-key')}: ${g.textContent.trim()}`)).toEqual([
		'ngo drugs: 10',
		'ngo fraud: 2',
		'media drugs: 5',
		'media fraud: 0'
	]);
	expect(cells[0]?.querySelector('text')?.getAttribute('fill')).toBe('#ffffff');
	expect(cells[3]?.querySelector('text')?.getAttribute('fill')).toBe('#1a1a1a');
	expect(container.querySelector('g.cell.on')?.getAttribute('data-key')).toBe('ngo drugs');
	expect(container.querySelector('text.row.on')?.textContent.trim()).toBe('✓ NGO');
	svg.focus();
	await fireEvent.keyDown(svg, { key: 'ArrowDown' });
	await fireEvent.keyDown(svg, { key: 'ArrowRight' });
	expect(container.querySelector('rect.focus')?.getAttribute('x')).toBe('402');
	await fireEvent.keyDown(svg, { key: 'Enter' });
	const fraud = container.querySelector('g.cell[data-key="ngo fraud"] rect');
	if (!fraud) throw new Error('no cell');
	await fireEvent.click(fraud);
	expect(picked).toEqual(['media fraud', 'ngo fraud']);
});

test('Heatmap outlines a suppressed (null) cell with its short label, never 0', () => {
	const { container } = render(Heatmap, {
		rows: ['ngo'],
		columns: ['drugs', 'fraud'],
		value: (_r: string, c: string) => (c === 'drugs' ? 10 : null),
		rowLabel: (r: string) => r.toUpperCase(),
		columnLabel: (c: string) => `Theme ${c}`,
		format: (n: number | null) => (n === null ? 'fewer than 3' : String(n)),
		suppressedLabel: '<3',
		width: 600,
		labelledBy: 'title'
	});
	const cell = container.querySelector('g.cell[data-key="ngo fraud"]');
	expect(cell?.getAttribute('data-count')).toBe('suppressed');
	expect(cell?.querySelector('text')?.textContent.trim()).toBe('<3');
	expect(cell?.querySelector('title')?.textContent).toBe('NGO, Theme fraud: fewer than 3');
	expect(cell?.querySelector('rect')?.classList.contains('suppressed-mark')).toBe(true);
});
