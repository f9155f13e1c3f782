import { fireEvent, render } from '@testing-library/svelte';
import type { DashboardFilter } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatCount } from '../format.ts';
import { i18n } from '../i18n.svelte.ts';
import FilterBar from './FilterBar.svelte';

afterEach(() => i18n.use('en'));

function renderBar(filter: DashboardFilter = {}) {
	const onChange = vi.fn();
	const onClear = vi.fn();
	return { ...render(FilterBar, { filter, onChange, onClear }), onChange, onClear };
}

describe('FilterBar', () => {
	test('the phone toggle counts the active filters and controls the panel', async () => {
		const { getByRole } = renderBar({ sectors: ['ngo', 'media'], from: '2024-01-01' });
		const toggle = getByRole('button', { name: 'Filters (3)' });
		const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
		expect(panel?.contains(getByRole('button', { name: /^Sector:/ }))).toBe(true);
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		await fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		expect(panel?.classList.contains('folded')).toBe(false);
	});

	test('Escape closes the open panel and returns focus to the toggle', async () => {
		const { getByRole } = renderBar();
		const toggle = getByRole('button', { name: 'Filters' });
		await fireEvent.click(toggle);
		const sector = getByRole('button', { name: /^Sector:/ });
		sector.focus();
		await fireEvent.keyDown(sector, { key: 'Escape' });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		expect(document.activeElement).toBe(toggle);
	});

	test('Escape in an open multi-select closes only its list, not the panel', async () => {
		const { getByRole } = renderBar();
		const toggle = getByRole('button', { name: 'Filters' });
		await fireEvent.click(toggle);
		const sector = getByRole('button', { name: /^Sector:/ });
		await fireEvent.click(sector);
		expect(sector.getAttribute('aria-expanded')).toBe('true');
		await fireEvent.keyDown(getByRole('checkbox', { name: 'Academia' }), { key: 'Escape' });
		expect(sector.getAttribute('aria-expanded')).toBe('false');
		expect(document.activeElement).toBe(sector);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
	});

	test('a period that ends before it starts is refused with a sentence in the page language', async () => {
		await i18n.use('ur');
		const { container, getByRole, onChange } = renderBar({ from: '2024-06-01' });
		const to = container.querySelectorAll<HTMLInputElement>('input[type="date"]')[1];
		if (!to) throw new Error('no "to" input');
		await fireEvent.change(to, { target: { value: '2024-01-01' } });
		expect(onChange).not.toHaveBeenCalled();
		expect(getByRole('alert').textContent).toContain('مدت اپنے آغاز سے پہلے ختم');
		expect(getByRole('button', { name: `فلٹر (${formatCount(1)})` })).toBeTruthy();
		expect(getByRole('list', { name: 'فعال فلٹر' })).toBeTruthy();
	});
});
