import { render } from '@testing-library/svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import StepSwimlane from './StepSwimlane.svelte';
import SwimlaneLegend from './SwimlaneLegend.svelte';

afterEach(() => i18n.use('en'));
import type { SwimStep } from './step-swimlane.ts';

const base = {
	plannedFrom: null,
	dueOn: null,
	startedOn: null,
	completedOn: null,
	delayDays: null
};
const steps: SwimStep[] = [
	{
		...base,
		key: 'experts',
		label: 'Experts',
		status: 'completed',
		plannedFrom: '2020-12-01',
		dueOn: '2020-12-29',
		startedOn: '2020-12-01',
		completedOn: '2021-01-21',
		delayDays: 23
	},
	{ ...base, key: 'dialogue', label: 'Dialogue', status: null }
];

test('StepSwimlane labels a delay in days, hatches and names an unknown step, marks today', () => {
	const { container, getByRole } = render(StepSwimlane, {
		steps,
		today: '2021-06-15',
		width: 480,
		labelledBy: 'title'
	});
	expect(getByRole('img').getAttribute('aria-labelledby')).toBe('title');
	const lanes = [...container.querySelectorAll('g.lane')];
	expect(
		lanes.map((g) => `${g.getAttribute('data-key')}: ${g.querySelector('.note')?.textContent}`)
	).toEqual(['experts: completed', 'dialogue: unknown']);
	expect(lanes[0]?.querySelector('.delay-label')?.textContent).toBe('+23 days');
	const pattern = container.querySelector('pattern');
	expect(lanes[1]?.querySelector('.unknown')?.getAttribute('fill')).toBe(
		`url(#${pattern?.id ?? 'x'})`
	);
	expect(lanes[1]?.querySelector('.actual, .delay')).toBeNull();
	expect(container.querySelector('g.today')?.getAttribute('data-today')).toBe('2021-06-15');
});

test('in Urdu the notes, delay, today and key are Urdu and the years run right to left', async () => {
	await i18n.use('ur');
	const { container } = render(StepSwimlane, {
		steps,
		today: '2023-06-15',
		width: 480,
		labelledBy: 'title'
	});
	const lanes = [...container.querySelectorAll('g.lane')];
	expect(lanes.map((g) => g.querySelector('.note')?.textContent)).toEqual(['مکمل', 'نامعلوم']);
	expect(lanes[0]?.querySelector('.delay-label')?.textContent).toBe('+23 دن');
	expect(lanes[0]?.querySelector('.label')?.getAttribute('x')).toBe('479');
	expect(container.querySelector('g.today text')?.textContent).toBe('آج');
	const years = [...container.querySelectorAll('[data-axis="time"] [data-year]')].map((g) => ({
		year: Number(g.getAttribute('data-year')),
		x: Number(g.querySelector('text')?.getAttribute('x'))
	}));
	expect(years.map((t) => t.year)).toEqual([2021, 2022, 2023]);
	for (const [a, b] of years.slice(1).map((t, i) => [years[i], t] as const))
		expect(a && b && a.year < b.year && a.x > b.x).toBe(true);
	const key = render(SwimlaneLegend).container.textContent.replace(/\s+/g, ' ').trim();
	expect(key).toBe('منصوبہ (◇ آخری تاریخ) مکمل جاری تاخیر نامعلوم');
});
