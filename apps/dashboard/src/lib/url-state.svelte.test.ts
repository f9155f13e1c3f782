import { afterEach, describe, expect, test } from 'vitest';
import { UrlState, withAlliance, withList } from './url-state.svelte.ts';

afterEach(() => {
	window.history.replaceState(null, '', '/');
});

describe('withList', () => {
	test('sets a list, and an empty list removes the key', () => {
		const set = withList({ alliance: 'PAK' }, 'sectors', ['media']);
		expect(set).toEqual({ alliance: 'PAK', sectors: ['media'] });
		expect(withList(set, 'sectors', [])).toEqual({ alliance: 'PAK' });
	});
});

describe('withAlliance', () => {
	test('sets an alliance, and undefined removes it', () => {
		expect(withAlliance({ themes: ['drugs'] }, 'MEX')).toEqual({
			themes: ['drugs'],
			alliance: 'MEX'
		});
		expect(withAlliance({ alliance: 'MEX' }, undefined)).toEqual({});
	});
});

describe('UrlState', () => {
	test('reads the URL, reports rejected values by parameter and applies the rest', () => {
		window.history.replaceState(null, '', '/?sectors=academia,nope&interval=year');
		const url = new UrlState(window);
		expect(url.state).toEqual({ filter: { sectors: ['academia'] }, interval: 'year' });
		expect(url.problems.map((p) => `${p.param}=${p.value}`)).toEqual(['sectors=nope']);
	});

	test('push() adds a history entry and popstate reads the URL again', () => {
		window.history.replaceState(null, '', '/');
		const url = new UrlState(window);
		url.setFilter({ sectors: ['academia'] });
		expect(window.location.search).toBe('?sectors=academia');
		window.history.replaceState(null, '', '/?themes=drugs');
		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(url.state.filter).toEqual({ themes: ['drugs'] });
	});

	test('clear() keeps the alliance and drops the other filters', () => {
		window.history.replaceState(null, '', '/?alliance=PAK&sectors=media&from=2022-01-01');
		const url = new UrlState(window);
		url.clear();
		expect(window.location.search).toBe('?alliance=PAK');
	});
});
