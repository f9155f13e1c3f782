import type { ClusterProgress, StepProgress } from '@untoc-alliance/schema';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CountryProgress } from '../findings.ts';
import { i18n } from '../i18n.svelte.ts';
import ReviewCard from './ReviewCard.svelte';
import { fakeLayout, loadedQuery } from '../testing/jsdom.ts';

function cluster(done: number | null): ClusterProgress {
	const steps = Array.from({ length: 7 }, (_, i): StepProgress => ({
		step: 'focal_point',
		status: done === null ? null : i < done ? 'completed' : 'not_started',
		startedOn: null,
		completedOn: null,
		dueOn: null,
		overdue: false,
		delayDays: null,
		verified: false,
		synthetic: true,
		sourceUrl: null
	}));
	const percentComplete = done === null ? null : (done / 7) * 100;
	return {
		cluster: 1,
		name: 'Criminalization and jurisdiction',
		startedOn: null,
		steps,
		percentComplete
	};
}

const country = (code: string, name: string, done: number | null): CountryProgress => ({
	name,
	progress: { country: code, clusters: [cluster(done)], synthetic: true, asOf: '2024-06-15' }
});

beforeEach(() => {
	fakeLayout(720);
});

afterEach(async () => {
	await i18n.use('en');
});

const text = (container: Element, selector: string) =>
	[...container.querySelectorAll(selector)].map((e) => e.textContent.trim().replace(/\s+/g, ' '));

async function showTable(container: Element) {
	const toggle = container.querySelector('button.toggle');
	if (!toggle) throw new Error('the card has no table toggle');
	await fireEvent.click(toggle);
}

describe('ReviewCard', () => {
	test('in Urdu: the title, the countries with "all countries" and the table', async () => {
		await i18n.use('ur');
		const query = await loadedQuery([
			country('PAK', 'پاکستان', 2),
			country('MEX', 'میکسیکو', null)
		]);
		const { container } = render(ReviewCard, { query, overall: true, onClear: vi.fn() });
		expect(text(container, 'h2')).toEqual([
			'ہر کلسٹر میں جائزے کی پیش رفت (مکمل اقدامات کا تناسب)'
		]);
		expect(text(container, 'h3')).toEqual(['پاکستان', 'میکسیکو', 'تمام ممالک']);
		await showTable(container);
		expect(text(container, 'th').slice(0, 4)).toEqual(['ملک', 'کلسٹر', 'تکمیل', 'مکمل اقدامات']);
		const rows = [...container.querySelectorAll('tbody tr')].map((r) =>
			[...r.children].map((c) => c.textContent.trim())
		);
		expect(rows).toEqual([
			['پاکستان', '1۔ جرم قرار دینا اور دائرۂ اختیار', '29%', '7 میں سے 2'],
			['میکسیکو', '1۔ جرم قرار دینا اور دائرۂ اختیار', 'نامعلوم', '7 میں سے 0'],
			['تمام ممالک', '1۔ جرم قرار دینا اور دائرۂ اختیار', '29%', '14 میں سے 2']
		]);
	});

	test('in English the cluster reads "1. Name" and unknown progress says "unknown"', async () => {
		const query = await loadedQuery([country('PAK', 'Pakistan', null)]);
		const { container } = render(ReviewCard, { query, onClear: vi.fn() });
		await showTable(container);
		const rows = [...container.querySelectorAll('tbody tr')].map((r) =>
			[...r.children].map((c) => c.textContent.trim())
		);
		expect(rows).toEqual([['1. Criminalization and jurisdiction', 'unknown', '0 of 7']]);
	});
});
