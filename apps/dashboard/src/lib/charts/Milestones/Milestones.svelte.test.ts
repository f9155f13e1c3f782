import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import Milestones from './Milestones.svelte';

test('Milestones draws a rule per milestone, a label where there was room and a tooltip always', () => {
	const { container } = render(Milestones, {
		placed: [
			{
				x: 40,
				label: 'Pilot launch',
				labelY: 14,
				anchor: 'start',
				textX: 43,
				row: 0,
				hidden: false
			},
			{ x: 200, label: 'COP12', labelY: 27, anchor: 'end', textX: 197, row: 1, hidden: false },
			{ x: 44, label: 'Dialogue', labelY: 14, anchor: 'start', textX: 47, row: 0, hidden: true }
		],
		bottom: 200
	});
	const lines = [...container.querySelectorAll('.milestones line')];
	expect(lines.map((l) => `${l.getAttribute('x1')} ${l.getAttribute('y2')}`)).toEqual([
		'40 200',
		'200 200',
		'44 200'
	]);
	const texts = [...container.querySelectorAll('.milestones text')];
	expect(
		texts.map(
			(t) => `${t.textContent.trim()} ${t.getAttribute('x')} ${t.getAttribute('text-anchor')}`
		)
	).toEqual(['Pilot launch 43 start', 'COP12 197 end']);
	expect([...container.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
		'Pilot launch',
		'COP12',
		'Dialogue'
	]);
});
