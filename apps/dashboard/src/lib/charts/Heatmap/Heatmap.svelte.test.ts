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
