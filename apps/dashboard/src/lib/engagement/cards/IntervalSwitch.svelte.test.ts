import { fireEvent, render } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import IntervalSwitch from './IntervalSwitch.svelte';

test('IntervalSwitch is a named radio group showing the value; choosing another calls onChange', async () => {
	const chosen: string[] = [];
	const { getByRole } = render(IntervalSwitch, {
		legend: 'Time charts by',
		value: 'month',
		onChange: (i: string) => chosen.push(i)
	});
	const group = getByRole('group', { name: 'Time charts by' });
	expect(group).toBeTruthy();
	const month = getByRole('radio', { name: 'Month' }) as HTMLInputElement;
	const quarter = getByRole('radio', { name: 'Quarter' }) as HTMLInputElement;
	expect(month.checked).toBe(true);
	expect(month.closest('label')?.classList.contains('on')).toBe(true);
	await fireEvent.click(quarter);
	expect(chosen).toEqual(['quarter']);
});
