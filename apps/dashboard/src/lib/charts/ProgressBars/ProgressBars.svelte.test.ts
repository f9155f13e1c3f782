import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import ProgressBars from './ProgressBars.svelte';

const clusters = [
	{ id: 1, name: 'Criminalization and jurisdiction', pct: 57.14 },
	{ id: 2, name: 'International cooperation', pct: 0 },
	{ id: 3, name: 'Law enforcement', pct: null }
];

type Datum = (typeof clusters)[number];

test('ProgressBars fills known values, hatches unknown ones and says "unknown" (not 0%)', () => {
	const { container, getByRole } = render(ProgressBars<Datum>, {
		data: clusters,
		key: (d: Datum) => String(d.id),
		value: (d: Datum) => d.pct,
		label: (d: Datum) => `${d.id}. ${d.name}`,
		width: 476,
		labelledBy: 'title'
	});
	expect(getByRole('img').getAttribute('height')).toBe('132');
	const rows = [...container.querySelectorAll('g.row')];
	const text = (g: Element, cls: string) => g.querySelector(cls)?.textContent.trim();
	expect(rows.map((g) => `${text(g, '.label')} = ${text(g, '.value')}`)).toEqual([
		'1. Criminalization and jurisdiction = 57%',
		'2. International cooperation = 0%',
		'3. Law enforcement = unknown'
	]);
	expect(rows.map((g) => g.querySelector('.fill')?.getAttribute('width') ?? 'none')).toEqual([
		'228.56',
		'0',
		'none'
	]);
	const hatched = rows[2]?.querySelector('.unknown');
	const pattern = container.querySelector('pattern');
	expect(hatched?.getAttribute('fill')).toBe(`url(#${pattern?.id ?? 'missing'})`);
});
