import type { VocabularyOutput } from '@untoc-alliance/schema';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Query } from '../../query.svelte.ts';
import { UrlState } from '../../url-state.svelte.ts';
import { apiError, fakeApi } from './details-fixtures.ts';
import EngagementDetails from './EngagementDetails.svelte';
import { fakeLayout } from '../../testing/jsdom.ts';

// jsdom has no layout: give every element a width, and a ResizeObserver that never fires.
beforeEach(() => {
	fakeLayout(640);
	window.history.replaceState(null, '', '/engagement?alliance=PAK');
});

afterEach(() => {
	window.history.replaceState(null, '', '/');
});

/** The chart card titled `title` (jsdom does not name a figure by its caption). */
function card(container: HTMLElement, title: string): HTMLElement {
	const heading = within(container).getByRole('heading', { name: title });
	const figure = heading.closest('figure');
	if (!figure) throw new Error(`no card ${title}`);
	return figure;
}

const text = (el: Element) => el.textContent.replace(/\s+/g, ' ');

function setup(api = fakeApi()) {
	const url = new UrlState(window);
	const vocabulary = new Query<VocabularyOutput>();
	const result = render(EngagementDetails, { client: api, url, vocabulary, debounceMs: 0 });
	return { ...result, api, url };
}

describe('EngagementDetails', () => {
	test('asks for members, network and events with the URL filter and shows all three', async () => {
		const { api, getByRole, container } = setup();
		const members = getByRole('region', { name: 'Most and least engaged members' });
		await waitFor(() => expect(members.getAttribute('data-status')).toBe('ready'));
		expect(api.engagedMembers).toHaveBeenCalledWith(
			{ alliance: 'PAK', limit: 10 },
			expect.any(AbortSignal)
		);
		expect(api.network).toHaveBeenCalledWith(
			{ alliance: 'PAK', limit: 60 },
			expect.any(AbortSignal)
		);
		const most = within(members).getByRole('list', { name: 'Most engaged' });
		expect(
			within(most)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Centre for Governance Research', 'LUMS']);
		expect(text(members)).toContain(
			'Centre for Governance Research is the most engaged member, with 14 events; 12 of the 52 members took part in no event between 31 Dec 2023 and 31 Dec 2024.'
		);
		await waitFor(() => expect(container.querySelectorAll('g.node')).toHaveLength(4));
		const network = card(container, 'Who works with whom');
		expect(text(network)).toContain(
			'Alpha and Beta worked together most often, at 5 shared events; Alpha is linked to the most organisations (2 of the 4 shown).'
		);
		const events = getByRole('region', { name: 'The events' });
		await waitFor(() => expect(within(events).getAllByRole('row')).toHaveLength(21));
	});

	test('a member name opens the member panel (member= in the URL); Close closes it', async () => {
		const api = fakeApi({
			member: vi.fn(() => Promise.reject(apiError('NOT_FOUND', 'No member 2')))
		});
		const { getByRole, queryByRole, url } = setup(api);
		const link = await waitFor(() => getByRole('link', { name: 'LUMS' }));
		expect(link.getAttribute('href')).toBe('/engagement?alliance=PAK&member=2');
		await fireEvent.click(link);
		expect(url.state.member).toBe(2);
		expect(window.location.search).toBe('?alliance=PAK&member=2');
		const panel = await waitFor(() => getByRole('dialog'));
		expect(api.member).toHaveBeenCalledWith(2, expect.any(AbortSignal));
		await fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
		await waitFor(() => expect(queryByRole('dialog')).toBeNull());
		expect(url.state.member).toBeUndefined();
	});

	test('the inactive members are listed with the dates stated, "Never" for no event', async () => {
		const { getByRole } = setup();
		const table = await waitFor(() =>
			getByRole('region', { name: 'Members with no engagement in the last 12 months' })
		);
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => r.textContent)).toEqual([
			'Quiet TrustNGO / CSONever',
			'Slow InstituteAcademia1 Feb 2023'
		]);
		expect(text(getByRole('region', { name: 'Most and least engaged members' }))).toContain(
			'12 of 52 members took part in no event between 31 Dec 2023 and 31 Dec 2024'
		);
	});

	test('Enter on the focused organisation toggles its sector in the URL filter', async () => {
		const { container, url, api } = setup();
		await waitFor(() => expect(container.querySelectorAll('g.node')).toHaveLength(4));
		const svg = container.querySelector<SVGSVGElement>('svg.network');
		if (!svg) throw new Error('no network');
		svg.focus();
		await fireEvent.focus(svg);
		await fireEvent.keyDown(svg, { key: 'ArrowRight' });
		await fireEvent.keyDown(svg, { key: 'Enter' });
		expect(url.state.filter).toEqual({ alliance: 'PAK', sectors: ['academia'] });
		expect(window.location.search).toBe('?alliance=PAK&sectors=academia');
		await waitFor(() =>
			expect(api.network).toHaveBeenLastCalledWith(
				{ alliance: 'PAK', sectors: ['academia'], limit: 60 },
				expect.any(AbortSignal)
			)
		);
	});

	test('the network card measures its way from data to drawing', async () => {
		performance.clearMeasures('network:layout-render');
		const { container } = setup();
		await waitFor(() => expect(container.querySelectorAll('g.node')).toHaveLength(4));
		await waitFor(() =>
			expect(performance.getEntriesByName('network:layout-render').length).toBeGreaterThan(0)
		);
	});

	test('a dense network draws the pairs sharing at least N events; the table keeps all', async () => {
		// 20 organisations, every pair linked (190 pairs), sharing 1 to 5 events.
		const nodes = Array.from({ length: 20 }, (_, i) => ({
			id: i + 1,
			membershipId: null,
			name: `Org ${i + 1}`,
			sector: 'ngo' as const,
			events: 40 - i
		}));
		const links = nodes
			.flatMap((a, i) =>
				nodes
					.slice(i + 1)
					.map((b, j) => ({ source: a.id, target: b.id, shared: ((i + j) % 5) + 1 }))
			)
			.sort((a, b) => b.shared - a.shared);
		const atLeast = (n: number) => links.filter((l) => l.shared >= n).length;
		const api = fakeApi({
			network: vi.fn(() =>
				Promise.resolve({ nodes, links, organisations: 20, synthetic: true, suppressedBelow: null })
			)
		});
		const { container } = setup(api);
		await waitFor(() => expect(container.querySelectorAll('g.node')).toHaveLength(20));
		const network = card(container, 'Who works with whom');
		const drawn = () =>
			[...network.querySelectorAll('g.links path')].reduce(
				(n, p) => n + Number(p.getAttribute('data-count')),
				0
			);
		const select = within(network).getByLabelText<HTMLSelectElement>('Show pairs sharing at least');
		expect(links).toHaveLength(190);
		// 3 or more: 118 pairs fit within 120; 2 or more would be 156.
		expect([atLeast(2), atLeast(3)]).toEqual([156, 118]);
		expect(select.value).toBe('3');
		expect(drawn()).toBe(118);
		expect(text(network)).toContain('Showing 118 of 190 pairs, those sharing at least 3 events.');

		await fireEvent.change(select, { target: { value: '1' } });
		expect(drawn()).toBe(190);
		expect(network.querySelectorAll('g.node')).toHaveLength(20);
		expect(text(network)).toContain('Showing all 190 pairs.');

		await fireEvent.change(select, { target: { value: '5' } });
		expect(drawn()).toBe(atLeast(5));
		expect(network.querySelectorAll('g.node')).toHaveLength(20);

		await fireEvent.click(within(network).getByRole('button', { name: 'Show table' }));
		const table = within(network).getByRole('table');
		expect(within(table).getAllByRole('row')).toHaveLength(191);
		expect(text(table)).toContain('All pairs of organisations by shared events');
	});

	test('no links: the network card says why and offers Clear', async () => {
		const api = fakeApi({
			network: vi.fn(() =>
				Promise.resolve({
					nodes: [{ id: 1, membershipId: null, name: 'Solo', sector: 'ngo' as const, events: 1 }],
					links: [],
					organisations: 1,
					synthetic: false,
					suppressedBelow: null
				})
			)
		});
		const { container } = setup(api);
		const network = card(container, 'Who works with whom');
		await waitFor(() => expect(network.getAttribute('data-status')).toBe('empty'));
		expect(within(network).getByRole('status').textContent).toContain(
			'None of the 1 organisations that match this selection shared an event.'
		);
	});

	test('errors say what failed and Retry asks again', async () => {
		const engagedMembers = vi
			.fn()
			.mockRejectedValueOnce(apiError('INTERNAL_SERVER_ERROR', 'database down'))
			.mockResolvedValue((await import('./details-fixtures.ts')).membersResult);
		const { getByRole } = setup(fakeApi({ engagedMembers }));
		const members = getByRole('region', { name: 'Most and least engaged members' });
		const alert = await waitFor(() => within(members).getByRole('alert'));
		expect(alert.textContent).toContain('The engaged members could not be loaded: database down.');
		await fireEvent.click(within(members).getByRole('button', { name: 'Retry' }));
		await waitFor(() => expect(members.getAttribute('data-status')).toBe('ready'));
	});

	test('no members: the section says so and Clear keeps only the alliance', async () => {
		const api = fakeApi({
			engagedMembers: vi.fn(() =>
				Promise.resolve({
					members: 0,
					most: [],
					least: [],
					inactive: { total: 0, rows: [] },
					since: '2023-12-31',
					asOf: '2024-12-31',
					synthetic: false,
					suppressedBelow: null
				})
			)
		});
		window.history.replaceState(null, '', '/engagement?alliance=PAK&sectors=media');
		const { getByRole, url } = setup(api);
		const members = getByRole('region', { name: 'Most and least engaged members' });
		const status = await waitFor(() => within(members).getByRole('status'));
		expect(status.textContent).toContain('No members match Media.');
		await fireEvent.click(within(members).getByRole('button', { name: 'Clear filters' }));
		expect(url.state.filter).toEqual({ alliance: 'PAK' });
	});
});
