import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from './i18n.svelte.ts';
import { pageLabel, pageOf, pages, Route } from './route.svelte.ts';

describe('pageOf', () => {
	test.each([
		['/', 'overview'],
		['/review', 'review'],
		['/review/', 'review'],
		['/alliance', 'alliance'],
		['/nowhere', 'overview']
	])('%s is the %s page', (path, page) => {
		expect(pageOf(path)).toBe(page);
	});
});

describe('Route', () => {
	test('go() pushes the path, keeps the query string, and Back restores the page', async () => {
		window.history.replaceState(null, '', '/?sectors=ngo');
		const route = new Route(window);
		expect(route.page).toBe('overview');
		route.go('/review');
		expect(window.location.pathname + window.location.search).toBe('/review?sectors=ngo');
		expect(route.page).toBe('review');
		const popped = new Promise((resolve) =>
			window.addEventListener('popstate', resolve, { once: true })
		);
		window.history.back();
		await popped;
		expect(route.page).toBe('overview');
	});
});

describe('pageLabel', () => {
	afterEach(() => i18n.use('en'));

	test('names every page in the page language', async () => {
		expect(pageLabel('review')).toBe('Review progress');
		expect(pageLabel('alliance')).toBe('Alliance');
		await i18n.use('ur');
		expect(pageLabel('overview')).toBe('مجموعی منظر');
		for (const { page } of pages) expect(pageLabel(page)).not.toMatch(/[A-Za-z]/);
	});
});
