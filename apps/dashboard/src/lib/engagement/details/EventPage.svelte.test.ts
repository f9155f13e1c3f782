import type { VocabularyOutput } from '@untoc-alliance/schema';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import { Query } from '../../query.svelte.ts';
import { UrlState } from '../../url-state.svelte.ts';
import { apiError, fakeApi } from './details-fixtures.ts';
import EngagementDetails from './EngagementDetails.svelte';
import EventPage from './EventPage.svelte';
import { fakeLayout } from '../../testing/jsdom.ts';

beforeEach(() => {
	fakeLayout();
});

afterEach(async () => {
	window.history.replaceState(null, '', '/');
	await i18n.use('en');
});

const text = (el: Element) => el.textContent.replace(/\s+/g, ' ').trim();

const vocabulary = {
	clusters: [
		{ id: 1, name: 'Criminalization and jurisdiction' },
		{ id: 3, name: 'Law enforcement and judicial system' }
	]
} as unknown as VocabularyOutput;

describe('EventPage', () => {
	test('a dialog named by the event title with everything the API says about the event', async () => {
		const api = fakeApi();
		const onClose = vi.fn();
		const { getByRole } = render(EventPage, { client: api, id: 10, vocabulary, onClose });
		const dialog = getByRole('dialog');
		await waitFor(() => expect(dialog.getAttribute('aria-busy')).toBe('false'));
		expect(getByRole('dialog', { name: 'Event 10' })).toBe(dialog);
		expect(api.event).toHaveBeenCalledWith(10, expect.any(AbortSignal));
		const all = text(dialog);
		expect(all).toContain('Workshop · 6 Mar 2023 – 7 Mar 2023 · Islamabad, Pakistan · In person');
		expect(all).toContain('Demo data (invented) · Source');
		expect(all).toContain(
			'Clusters Cluster 1: Criminalization and jurisdiction; Cluster 3: Law enforcement and judicial system'
		);
		expect(all).toContain('Themes Drugs, Corruption');
		expect(all).toContain('20 recorded participants; 40 reported for the whole event.');
		const bySide = within(dialog).getByRole('region', { name: 'Participants by side' });
		expect(within(bySide).getAllByRole('listitem').map(text)).toEqual([
			'Government 4',
			'Civil society 14',
			'International 2'
		]);
		const who = within(dialog).getByRole('region', { name: 'Who took part' });
		const cells = (row: HTMLElement) => [...row.children].map(text).join(' | ');
		expect(within(who).getAllByRole('row').slice(1).map(cells)).toEqual([
			'Centre for Governance Research | Civil society | NGO / CSO | 14 | Organiser',
			'Government delegation | Government | — | 4 | ',
			'UNODC | International | — | 2 | '
		]);
		expect(within(dialog).getByRole('link', { name: 'Source' }).getAttribute('href')).toBe(
			'https://example.org/event'
		);
		await fireEvent.keyDown(dialog, { key: 'Escape' });
		await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
		expect(onClose).toHaveBeenCalledTimes(2);
	});

	test('NOT_FOUND says there is no event with that id', async () => {
		const api = fakeApi({
			event: vi.fn(() => Promise.reject(apiError('NOT_FOUND', 'Event 999 not found')))
		});
		const { getByRole } = render(EventPage, {
			client: api,
			id: 999,
			vocabulary: undefined,
			onClose: vi.fn()
		});
		const alert = await waitFor(() => getByRole('alert'));
		expect(alert.textContent.trim()).toBe('No event with id 999.');
		expect(within(alert).queryByRole('button')).toBeNull();
	});

	test('opens from a title with event= in the URL, takes the focus, Escape and Back close it', async () => {
		window.history.replaceState(null, '', '/engagement?alliance=PAK');
		const url = new UrlState(window);
		const { getByRole, queryByRole } = render(EngagementDetails, {
			client: fakeApi(),
			url,
			vocabulary: new Query<VocabularyOutput>(),
			debounceMs: 0
		});
		const link = await waitFor(() => getByRole('link', { name: 'Event 45' }));
		link.focus();
		await fireEvent.click(link);
		expect(window.location.search).toBe('?alliance=PAK&event=45');
		const dialog = await waitFor(() => getByRole('dialog'));
		await waitFor(() => expect(document.activeElement?.id).toBe('event-page-title'));
		expect(dialog.contains(document.activeElement)).toBe(true);
		await fireEvent.keyDown(dialog, { key: 'Escape' });
		await waitFor(() => expect(queryByRole('dialog')).toBeNull());
		expect(window.location.search).toBe('?alliance=PAK');
		expect(document.activeElement).toBe(getByRole('link', { name: 'Event 45' }));

		window.history.pushState(null, '', '/engagement?alliance=PAK&event=7');
		window.dispatchEvent(new PopStateEvent('popstate'));
		await waitFor(() => expect(getByRole('dialog', { name: 'Event 07 in Lahore' })).toBeTruthy());
		window.history.replaceState(null, '', '/engagement?alliance=PAK');
		window.dispatchEvent(new PopStateEvent('popstate'));
		await waitFor(() => expect(queryByRole('dialog')).toBeNull());
	});

	test('Tab stays inside the dialog', async () => {
		const { getByRole } = render(EventPage, {
			client: fakeApi(),
			id: 4,
			vocabulary,
			onClose: vi.fn()
		});
		const dialog = getByRole('dialog');
		await waitFor(() => expect(dialog.getAttribute('aria-busy')).toBe('false'));
		const close = within(dialog).getByRole('button', { name: 'Close' });
		const region = within(dialog).getByRole('region', { name: 'Who took part' });
		region.focus();
		await fireEvent.keyDown(dialog, { key: 'Tab' });
		expect(document.activeElement).toBe(close);
		await fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
		expect(document.activeElement).toBe(region);
	});

	test('in Urdu: the facts, headings, table and buttons are Urdu; the data stays as recorded', async () => {
		await i18n.use('ur');
		const { getByRole } = render(EventPage, {
			client: fakeApi(),
			id: 10,
			vocabulary,
			onClose: vi.fn()
		});
		const dialog = getByRole('dialog');
		await waitFor(() => expect(dialog.getAttribute('aria-busy')).toBe('false'));
		const all = text(dialog);
		expect(all).toContain('ورکشاپ · 6 مارچ، 2023 تا 7 مارچ، 2023 · Islamabad، پاکستان · بالمشافہ');
		expect(all).toContain('موضوعات منشیات، بدعنوانی');
		expect(all).toContain('20 درج شدہ شرکاء؛ پوری تقریب کے لیے 40 رپورٹ ہوئے۔');
		expect(within(dialog).getByRole('button', { name: 'بند کریں' })).toBeTruthy();
		const who = within(dialog).getByRole('region', { name: 'کس نے حصہ لیا' });
		expect(within(who).getAllByRole('columnheader').map(text)).toEqual([
			'تنظیم',
			'فریق',
			'شعبہ',
			'شرکاء',
			'منتظم'
		]);
		expect(
			within(who)
				.getAllByRole('row')
				.slice(1)
				.map((r) => r.querySelector('th')?.textContent.trim())
		).toEqual(['Centre for Governance Research', 'حکومت کا وفد', 'UNODC']);
		expect(within(dialog).getByRole('region', { name: 'فریق کے لحاظ سے شرکاء' })).toBeTruthy();
	});

	test('in Urdu a missing event is said in Urdu', async () => {
		await i18n.use('ur');
		const api = fakeApi({
			event: vi.fn(() => Promise.reject(apiError('NOT_FOUND', 'Event 999 not found')))
		});
		const { getByRole } = render(EventPage, { client: api, id: 999, vocabulary, onClose: vi.fn() });
		const alert = await waitFor(() => getByRole('alert'));
		expect(alert.textContent.trim()).toBe('شناخت 999 والی کوئی تقریب موجود نہیں۔');
	});
});
