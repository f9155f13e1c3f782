import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import PhaseTimeline from './PhaseTimeline.svelte';

const rows = [
	{
		key: '1',
		label: 'Phase 1',
		plannedStart: '2020-10-01',
		plannedEnd: '2024-10-01',
		actualStart: '2020-12-01',
		actualEnd: '2024-10-18',
		verified: true
	},
	{
		key: '2',
		label: 'Phase 2 (unverified)',
		plannedStart: '2022-10-01',
		plannedEnd: '2026-10-01',
		actualStart: null,
		actualEnd: null,
		verified: false
	}
];

test('PhaseTimeline flags unverified phases, draws reported progress and a today rule', () => {
	const { container, getByRole } = render(PhaseTimeline, {
		rows,
		start: '2020-10-01',
		end: '2030-10-01',
		today: '2026-11-28',
		todayLabel: 'Today, 28 Nov 2026',
		width: 600,
		labelledBy: 'title'
	});
	expect(getByRole('img').getAttribute('height')).toBe(String(18 + 2 * 46 + 22));
	const labels = [...container.querySelectorAll('g.row .label')].map((t) => t.textContent);
	expect(labels).toEqual(['Phase 1', 'Phase 2 (unverified)']);
	expect(container.querySelectorAll('rect.planned.unverified')).toHaveLength(1);
	expect(container.querySelectorAll('rect.actual')).toHaveLength(1);
	expect(container.querySelector('g.today text')?.textContent).toBe('Today, 28 Nov 2026');
});
