import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import CountMatrix from './CountMatrix.svelte';

const counts: Record<string, number> = { 'ngo 1': 3, 'ngo 2': 0, 'media 1': 1, 'media 2': 2 };

test('CountMatrix writes every count, zero included, and draws circles for non-zero cells', () => {
	const { container, getByRole } = render(CountMatrix<string, number>, {
		rows: ['ngo', 'media'],
		columns: [1, 2],
		rowKey: (r: string) => r,
		colKey: (c: number) => String(c),
		rowLabel: (r: string) => r.toUpperCase(),
		colLabel: (c: number) => `Cluster ${c}`,
		value: (r: string, c: number) => counts[`${r} ${c}`] ?? 0,
		colour: () => '#0072B2',
		format: (n: number) => String(n),
		width: 400,
		labelledBy: 'title'
	});
	expect(getByRole('img')).toBeTruthy();
	const rows = [...container.querySelectorAll('g.row')].map(
		(g) =>
			`${g.querySelector('.label')?.textContent}: ${[...g.querySelectorAll('.count')].map((t) => t.textContent).join(' ')}`
	);
	expect(rows).toEqual(['NGO: 3 0', 'MEDIA: 1 2']);
	expect(container.querySelectorAll('circle')).toHaveLength(3);
	expect([...container.querySelectorAll('text.head')].map((t) => t.textContent)).toEqual([
		'Cluster 1',
		'Cluster 2'
	]);
});
