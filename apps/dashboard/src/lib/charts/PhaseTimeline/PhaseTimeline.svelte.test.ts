import { render } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import PhaseTimeline from './PhaseTimeline.svelte';

afterEach(() => i18n.use('en'));

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

const draw = () =>
	render(PhaseTimeline, {
		rows,
		start: '2020-10-01',
		end: '2030-10-01',
		today: '2026-11-28',
		todayLabel: 'Today',
		width: 600,
		labelledBy: 'title'
	});

/** The years of the time axis from left to right on screen. */
const yearsOnScreen = (container: Element) =>
	[...container.querySelectorAll('[data-axis="time"] [data-year]')]
		.map((g) => ({
			year: g.getAttribute('data-year'),
			x: Number(g.querySelector('text')?.getAttribute('x'))
		}))
		.sort((a, b) => a.x - b.x)
		.map((t) => t.year);

test('in Urdu the time axis runs right to left: the earliest year at the right, labels at the right', async () => {
	const english = yearsOnScreen(draw().container);
	expect(english).toEqual([
		'2021',
		'2022',
		'2023',
		'2024',
		'2025',
		'2026',
		'2027',
		'2028',
		'2029',
		'2030'
	]);
	await i18n.use('ur');
	const { container } = draw();
	expect(yearsOnScreen(container)).toEqual([...english].reverse());
	expect(container.querySelector('g.row .label')?.getAttribute('x')).toBe('599');
	const rule = Number(container.querySelector('g.today line')?.getAttribute('x1'));
	expect(Number(container.querySelector('g.today text')?.getAttribute('x'))).toBe(rule - 4);
});

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
