import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import { Route } from '../route.svelte.ts';
import { theme, themeKey } from '../theme.svelte.ts';
import TopBar from './TopBar.svelte';

afterEach(async () => {
	await i18n.use('en');
	theme.use('system');
});

function renderBar() {
	const onSelect = vi.fn();
	const onLanguage = vi.fn();
	const result = render(TopBar, {
		route: new Route(window),
		alliances: [],
		selected: undefined,
		synthetic: true,
		onSelect,
		onLanguage
	});
	return { ...result, onSelect, onLanguage };
}

describe('TopBar', () => {
	test('a labelled language switch lists each language in its own name and reports a choice', async () => {
		const { getByRole, onLanguage } = renderBar();
		const select = getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
		expect(select.value).toBe('en');
		const urdu = getByRole('option', { name: 'اردو' });
		expect(urdu.getAttribute('lang')).toBe('ur');
		await fireEvent.change(select, { target: { value: 'ur' } });
		expect(onLanguage).toHaveBeenCalledWith('ur');
	});

	test('the frame follows the page language: links, labels and the demo notice', async () => {
		const { getByRole, getByText } = renderBar();
		expect(getByRole('navigation', { name: 'Pages' }).textContent).toContain('Review progress');
		await i18n.use('ur');
		await Promise.resolve();
		expect(getByRole('navigation', { name: 'صفحات' }).textContent).toContain('مجموعی منظر');
		expect((getByRole('combobox', { name: 'زبان' }) as HTMLSelectElement).value).toBe('ur');
		expect(getByText('نمونے کا ڈیٹا')).toBeTruthy();
	});

	test('the theme switch applies the choice to <html> and remembers it', async () => {
		const { getByRole } = renderBar();
		const select = getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement;
		expect(select.value).toBe('system');
		await fireEvent.change(select, { target: { value: 'dark' } });
		expect(document.documentElement.dataset['theme']).toBe('dark');
		expect(localStorage.getItem(themeKey)).toBe('dark');
		await fireEvent.change(select, { target: { value: 'system' } });
		expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
	});
});
