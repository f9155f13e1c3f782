import { render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import StepSwimlane from './StepSwimlane.svelte';
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
