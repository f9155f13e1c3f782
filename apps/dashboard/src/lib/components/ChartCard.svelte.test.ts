import { fireEvent, render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { source, type CardStatus } from '../cards/card-status.ts';
import { i18n } from '../i18n.svelte.ts';
import ChartCard from './ChartCard.svelte';
import { fakeLayout } from '../testing/jsdom.ts';

const chart = createRawSnippet(() => ({
	render: () => '<svg role="img" aria-label="the chart"></svg>'
}));
const table = createRawSnippet(() => ({
	render: () => '<table><caption>the numbers</caption></table>'
}));

// jsdom has no layout: the card's `bind:clientWidth` needs a ResizeObserver, which never fires.
beforeEach(() => {
	fakeLayout();
});

function renderCard(status: CardStatus, message = '', more: object = {}) {
	const onRetry = vi.fn();
	const onClear = vi.fn();
	const result = render(ChartCard, {
		id: 'c',
		title: 'Members by sector',
		summary: 'Academia makes up 14% of the 52 members.',
		status,
		height: 200,
		message,
		onRetry,
		onClear,
		source: 'alliance records',
		asOf: '2024-12-31',
		synthetic: true,
		chart,
		table,
		...more
	});
	return { ...result, onRetry, onClear };
}

describe('ChartCard', () => {
	test('a figure named by its caption, with the finding, footer and a table toggle', async () => {
		const { getByRole, getByText } = renderCard('ready');
		const figure = getByRole('figure');
		expect(figure.querySelector('figcaption')?.textContent).toContain('Academia makes up 14%');
		expect(getByText('As of 31 Dec 2024')).toBeTruthy();
		expect(getByText('Demo data')).toBeTruthy();
		const toggle = getByRole('button', { name: 'Show table' });
		await fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		expect(getByRole('table').textContent).toBe('the numbers');
	});

	test('loading shows a skeleton of the chart height and no table button to press', () => {
		const { container, getByRole } = renderCard('loading');
		expect(container.querySelector('svg.skeleton')?.getAttribute('height')).toBe('200');
		expect(getByRole('figure').getAttribute('aria-busy')).toBe('true');
		expect(getByRole('button', { name: 'Show table' }).hasAttribute('disabled')).toBe(true);
	});

	test('empty says why and offers Clear; error says what failed and offers Retry', async () => {
		const empty = renderCard('empty', 'No members match Academia in Gilgit-Baltistan.');
		expect(empty.getByRole('status').textContent).toContain('No members match Academia');
		await fireEvent.click(empty.getByRole('button', { name: 'Clear filters' }));
		expect(empty.onClear).toHaveBeenCalledOnce();
		empty.unmount();

		const error = renderCard('error', 'The members by sector could not be loaded: timeout.');
		expect(error.getByRole('alert').textContent).toContain('could not be loaded');
		await fireEvent.click(error.getByRole('button', { name: 'Retry' }));
		expect(error.onRetry).toHaveBeenCalledOnce();
	});

	test('with an export table: CSV, SVG and PNG buttons in the footer, disabled until ready', () => {
		const exportTable = { columns: ['Sector', 'Members'], rows: [['Academia', '12']] };
		const ready = renderCard('ready', '', { exportTable });
		const names = ['CSV', 'SVG', 'PNG'];
		for (const name of names)
			expect(ready.getByRole('button', { name }).hasAttribute('disabled')).toBe(false);
		expect(
			ready.getByRole('group', { name: 'Download Members by sector' }).closest('footer')
		).toBeTruthy();
		ready.unmount();
		const loading = renderCard('loading', '', { exportTable });
		for (const name of names)
			expect(loading.getByRole('button', { name }).hasAttribute('disabled')).toBe(true);
		loading.unmount();
		expect(renderCard('ready').queryByRole('button', { name: 'CSV' })).toBeNull();
	});

	test('in Urdu: footer, table toggle, downloads and the default source', async () => {
		await i18n.use('ur');
		try {
			const exportTable = { columns: ['Sector', 'Members'], rows: [['Academia', '12']] };
			const { getByRole, getByText } = renderCard('ready', '', { exportTable, source });
			expect(getByText('ماخذ: اتحاد کے ریکارڈ، یو این ٹی او سی اتحاد ڈیش بورڈ')).toBeTruthy();
			expect(getByText('نمونے کا ڈیٹا')).toBeTruthy();
			expect(getByRole('button', { name: 'جدول دکھائیں' })).toBeTruthy();
			expect(getByRole('group', { name: 'Members by sector ڈاؤن لوڈ کریں' })).toBeTruthy();
		} finally {
			await i18n.use('en');
		}
	});
});
