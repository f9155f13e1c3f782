import { describe, expect, test } from 'vitest';
import { pageOf, Route } from './route.svelte.ts';

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
