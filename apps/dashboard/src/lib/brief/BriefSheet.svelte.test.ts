import { render } from '@testing-library/svelte';
import type { VocabularyOutput } from '@untoc-alliance/schema';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import type { Query } from '../query.svelte.ts';
import { UrlState } from '../url-state.svelte.ts';
import BriefSheet from './BriefSheet.svelte';
import type { Headline } from './brief-text.ts';
import { fakeLayout } from '../testing/jsdom.ts';

beforeEach(() => {
	fakeLayout();
	history.replaceState(
		null,
		'',
		'/brief?alliance=PAK&sectors=academia&to=2024-12-31&view=alliance'
	);
});

afterEach(async () => {
	history.replaceState(null, '', '/');
	await i18n.use('en');
});

const vocabulary = {
	status: 'ready',
	data: { alliances: [{ code: 'PAK', country: 'PAK', name: 'Pakistan Alliance' }] }
} as unknown as Query<VocabularyOutput>;

const charts = createRawSnippet(() => ({ render: () => '<figure><h2>A chart</h2></figure>' }));

function renderSheet(headlines: Headline[], synthetic = false) {
	return render(BriefSheet, {
		view: 'alliance',
		url: new UrlState(),
		vocabulary,
		headlines,
		synthetic,
		children: charts
	});
}

const numbers: Headline[] = [
	{ key: 'members', label: 'Members', value: '82' },
	{ key: 'sectors', label: 'Sectors represented', value: '11' }
];

describe('the brief sheet', () => {
	test("names the view, says the URL's filter in words and the as-of day", () => {
		const { getByRole, getByTestId } = renderSheet(numbers);
		expect(getByRole('heading', { level: 1 }).textContent).toBe('Alliance members');
		const words = [...getByTestId('brief-filter').querySelectorAll('li')].map(
			(li) => li.textContent
		);
		expect(words).toEqual(['Alliance: Pakistan', 'Academia', 'Until 31 Dec 2024']);
		expect(getByTestId('brief-as-of').textContent.trim()).toBe('As of 31 Dec 2024');
		expect(getByRole('heading', { level: 2 }).textContent).toBe('A chart');
	});

	test('shows the headline numbers, and is busy while one is loading', () => {
		const loaded = renderSheet(numbers);
		const shown = [...loaded.container.querySelectorAll('[data-testid="brief-headline"]')].map(
			(h) => `${h.getAttribute('data-key')} ${h.querySelector('dd')?.textContent}`
		);
		expect(shown).toEqual(['members 82', 'sectors 11']);
		expect(loaded.container.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
		loaded.unmount();
		const loading = renderSheet([{ key: 'members', label: 'Members', value: undefined }]);
		expect(loading.container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
		expect(loading.container.querySelector('[data-testid="brief-headline"] dd')?.textContent).toBe(
			'…'
		);
	});

	test('links back to its view with the same filter, and says demo data only when invented', () => {
		const real = renderSheet(numbers, false);
		expect(real.getByRole('link', { name: 'Back to the view' }).getAttribute('href')).toBe(
			'/alliance?alliance=PAK&sectors=academia&to=2024-12-31'
		);
		expect(real.queryByText(/^Demo data:/)).toBeNull();
		real.unmount();
		expect(renderSheet(numbers, true).getByText(/^Demo data:/)).toBeTruthy();
	});

	test('in Urdu: the heading, filter, as-of day and buttons from the Urdu catalogue', async () => {
		await i18n.use('ur');
		const { getByRole, getByTestId } = renderSheet(numbers);
		expect(getByRole('heading', { level: 1 }).textContent).toBe('اتحاد کے اراکین');
		expect(getByTestId('brief-filter').textContent).toContain('اتحاد: پاکستان');
		expect(getByTestId('brief-as-of').textContent).toMatch(/دسمبر.*کی صورتِ حال/);
		expect(getByRole('button', { name: 'طباعت کریں' })).toBeTruthy();
	});
});
