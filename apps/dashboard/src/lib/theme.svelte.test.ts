import { afterEach, describe, expect, test } from 'vitest';
import { storedTheme, theme, themeKey } from './theme.svelte.ts';

const root = document.documentElement;

afterEach(() => {
	localStorage.clear();
	root.removeAttribute('data-theme');
	theme.choice = 'system';
});

describe('the colour theme', () => {
	test('follows the system when nothing is stored: no data-theme on <html>', () => {
		theme.restore();
		expect(theme.choice).toBe('system');
		expect(root.hasAttribute('data-theme')).toBe(false);
	});

	test('a choice is applied to <html> and remembered; "system" forgets it', () => {
		theme.use('dark');
		expect(root.dataset['theme']).toBe('dark');
		expect(localStorage.getItem(themeKey)).toBe('dark');
		theme.choice = 'system';
		theme.restore();
		expect(theme.choice).toBe('dark');
		theme.use('system');
		expect(root.hasAttribute('data-theme')).toBe(false);
		expect(localStorage.getItem(themeKey)).toBeNull();
	});

	test('a stored value that is not a choice is ignored', () => {
		for (const junk of ['purple', '', 'DARK', '"dark"', '<script>']) {
			localStorage.setItem(themeKey, junk);
			expect(storedTheme()).toBe('system');
		}
		localStorage.setItem(themeKey, 'light');
		theme.restore();
		expect(root.dataset['theme']).toBe('light');
	});

	test('unreadable storage means "system"', () => {
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			}
		} as unknown as Storage;
		expect(storedTheme(broken)).toBe('system');
		expect(storedTheme(undefined)).toBe('system');
	});
});
