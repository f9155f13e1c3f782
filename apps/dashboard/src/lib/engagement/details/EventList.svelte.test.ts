import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UrlState } from '../../url-state.svelte.ts';
import { apiError, fakeApi } from './details-fixtures.ts';
import EventList from './EventList.svelte';

beforeEach(() => {
	window.history.replaceState(null, '', '/engagement?alliance=PAK');
});

afterEach(() => {
	window.history.replaceState(null, '', '/');
});

function setup(api = fakeApi()) {
	const url = new UrlState(window);
	const onOpen = vi.fn();
	const onClear = vi.fn(() => url.clear());
	const result = render(EventList, {
		client: api,
		url,
		filter: url.state.filter,
		onClear,
		onOpen,
		debounceMs: 5
	});
	const section = result.getByRole('region', { name: 'The events' });
	return { ...result, api, url, onOpen, onClear, section };
}

const titles = (section: HTMLElement) =>
	within(section)
		.getAllByRole('row')
		.slice(1)
		.map((r) => r.querySelector('th')?.textContent.trim());

const text = (el: Element) => el.textContent.replace(/\s+/g, ' ');

const lastInput = (api: ReturnType<typeof fakeApi>) => api.events.mock.lastCall?.[0];

describe('EventList', () => {
	test('shows 20 events, newest first, with every column in words', async () => {
		const { section, api } = setup();
		await waitFor(() => expect(section.getAttribute('data-status')).toBe('ready'));
		expect(lastInput(api)).toEqual({
			alliance: 'PAK',
			sort: 'date',
			order: 'desc',
			page: 1,
			pageSize: 20
		});
		expect(titles(section).slice(0, 2)).toEqual(['Event 45', 'Event 44']);
		const headers = within(section)
			.getAllByRole('columnheader')
			.map((h) => h.textContent.replace(/[▲▼↕]/g, '').trim());
		expect(headers).toEqual([
			'Date',
			'Type',
			'Title',
			'Place',
			'Format',
			'Clusters',
			'Organisers',
			'Participants'
		]);
		const row45 = section.querySelector('tr[data-event="45"]');
		expect([...(row45?.children ?? [])].map((c) => text(c).trim())).toEqual([
			'6 Nov 2023 – 7 Nov 2023',
			'Roundtable',
			'Event 45',
			'Online',
			'Online',
			'None',
			'Centre for Governance Research',
			'55 Gov 4 · CS 49 · Intl 2'
		]);
		const row44 = section.querySelector('tr[data-event="44"]');
		expect(row44?.children[3]?.textContent).toBe('Islamabad, Pakistan');
		expect(row44?.children[5]?.textContent).toBe('1, 3');
		expect(text(section)).toContain('45 events match; page 1 of 3.');
	});

	test('a header click sorts by it and sets aria-sort; a second click flips the order', async () => {
		const { section, api, getByRole } = setup();
		await waitFor(() => expect(section.getAttribute('data-status')).toBe('ready'));
		const date = getByRole('columnheader', { name: /Date/ });
		expect(date.getAttribute('aria-sort')).toBe('descending');
		await fireEvent.click(within(section).getByRole('button', { name: /Title/ }));
		await waitFor(() => expect(lastInput(api)).toMatchObject({ sort: 'title', order: 'asc' }));
		expect(getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe(
			'ascending'
		);
		expect(date.getAttribute('aria-sort')).toBe('none');
		await waitFor(() => expect(titles(section)[0]).toBe('Event 01'));
		await fireEvent.click(within(section).getByRole('button', { name: /Title/ }));
		await waitFor(() => expect(titles(section)[0]).toBe('Event 45'));
		expect(getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe(
			'descending'
		);
		await fireEvent.click(within(section).getByRole('button', { name: /Participants/ }));
		await waitFor(() =>
			expect(lastInput(api)).toMatchObject({ sort: 'participants', order: 'desc', page: 1 })
		);
	});

	test('Next and Previous page through the list; the last page disables Next', async () => {
		const { section, api } = setup();
		await waitFor(() => expect(section.getAttribute('data-status')).toBe('ready'));
		const next = within(section).getByRole('button', { name: 'Next' });
		expect(within(section).getByRole('button', { name: 'Previous' }).hasAttribute('disabled')).toBe(
			true
		);
		await fireEvent.click(next);
		await waitFor(() => expect(text(section)).toContain('Page 2 of 3'));
		await fireEvent.click(next);
		await waitFor(() => expect(text(section)).toContain('Page 3 of 3'));
		expect(titles(section)).toHaveLength(5);
		expect(next.hasAttribute('disabled')).toBe(true);
		await fireEvent.click(within(section).getByRole('button', { name: 'Previous' }));
		await waitFor(() => expect(lastInput(api)).toMatchObject({ page: 2 }));
	});

	test('search applies after the pause and goes back to page 1; types narrow the list', async () => {
		const { section, api } = setup();
		await waitFor(() => expect(section.getAttribute('data-status')).toBe('ready'));
		await fireEvent.click(within(section).getByRole('button', { name: 'Next' }));
		await waitFor(() => expect(lastInput(api)).toMatchObject({ page: 2 }));
		const box = within(section).getByRole('searchbox', { name: 'Search' });
		await fireEvent.input(box, { target: { value: 'lahore' } });
		await waitFor(() => expect(lastInput(api)).toMatchObject({ q: 'lahore', page: 1 }));
		await waitFor(() => expect(titles(section)).toEqual(['Event 07 in Lahore']));
		expect(text(section)).toContain('1 event matches; page 1 of 1.');
		await fireEvent.input(box, { target: { value: '' } });
		await waitFor(() => expect(lastInput(api)?.q).toBeUndefined());
		await fireEvent.click(within(section).getByRole('button', { name: /Event type/ }));
		await fireEvent.click(within(section).getByRole('checkbox', { name: 'Workshop' }));
		await waitFor(() => expect(lastInput(api)).toMatchObject({ types: ['workshop'], page: 1 }));
		await waitFor(() => expect(text(section)).toContain('22 events match'));
	});

	test('a title is a link to the event page; a click opens it in place', async () => {
		const { section, onOpen } = setup();
		await waitFor(() => expect(section.getAttribute('data-status')).toBe('ready'));
		const link = within(section).getByRole('link', { name: 'Event 45' });
		expect(link.getAttribute('href')).toBe('/engagement?alliance=PAK&event=45');
		await fireEvent.click(link);
		expect(onOpen).toHaveBeenCalledWith(45, link);
	});

	test('no match says why and Clear empties the filter, types and search', async () => {
		const { section, api, onClear } = setup(
			fakeApi({
				events: vi.fn(() => Promise.resolve({ total: 0, page: 1, pageSize: 20, rows: [] }))
			})
		);
		const status = await waitFor(() => within(section).getByRole('status'));
		expect(status.textContent).toContain('No events match this selection.');
		await fireEvent.click(within(section).getByRole('button', { name: 'Clear filters' }));
		expect(onClear).toHaveBeenCalledOnce();
		expect(api.events).toHaveBeenCalled();
	});

	test('an error says what failed and offers Retry', async () => {
		const { section } = setup(
			fakeApi({ events: vi.fn(() => Promise.reject(apiError('TIMEOUT', 'too slow'))) })
		);
		const alert = await waitFor(() => within(section).getByRole('alert'));
		expect(alert.textContent).toContain('The events could not be loaded: too slow.');
		expect(within(section).getByRole('button', { name: 'Retry' })).toBeTruthy();
	});
});
