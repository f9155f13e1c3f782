import type { ClusterProgress, StepProgress } from '@untoc-alliance/schema';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CountryProgress } from '../findings.ts';
import { i18n } from '../i18n.svelte.ts';
import SwimlaneCard from './SwimlaneCard.svelte';
import { fakeLayout, loadedQuery } from '../testing/jsdom.ts';

const codes = [
	'focal_point',
	'experts',
	'self_assessment',
	'written_feedback',
	'dialogue',
	'observations',
	'summary'
] as const;

function step(code: (typeof codes)[number], patch: Partial<StepProgress> = {}): StepProgress {
	return {
		step: code,
		status: null,
		startedOn: null,
		completedOn: null,
		dueOn: null,
		overdue: false,
		delayDays: null,
		verified: false,
		synthetic: true,
		sourceUrl: null,
		...patch
	};
}

const cluster: ClusterProgress = {
	cluster: 1,
	name: 'Criminalization and jurisdiction',
	startedOn: '2020-12-01',
	percentComplete: null,
	steps: codes.map((code) =>
		code === 'focal_point'
			? step(code, { status: 'completed', dueOn: '2020-12-15', completedOn: '2020-12-10' })
			: code === 'self_assessment'
				? step(code, { status: 'in_progress', dueOn: '2021-06-01', delayDays: 456 })
				: step(code)
	)
};

const pakistan: CountryProgress = {
	name: 'Pakistan',
	progress: { country: 'PAK', clusters: [cluster], synthetic: true, asOf: '2022-09-01' }
};

// jsdom has no layout: give the card's chart box a width, and a ResizeObserver that never fires.
beforeEach(() => {
	fakeLayout(640);
});

afterEach(async () => {
	await i18n.use('en');
});

/** Opens the card's table (the button's text belongs to the card frame). */
async function showTable(container: Element) {
	const toggle = container.querySelector('button.toggle');
	if (!toggle) throw new Error('the card has no table toggle');
	await fireEvent.click(toggle);
}

const text = (container: Element, selector: string) =>
	[...container.querySelectorAll(selector)].map((e) => e.textContent.trim().replace(/\s+/g, ' '));

describe('SwimlaneCard', () => {
	test('English: title, lane heading, finding and the table with delays in days', async () => {
		const { container } = render(SwimlaneCard, {
			query: await loadedQuery([pakistan]),
			filterText: 'alliance PAK',
			onClear: vi.fn()
		});
		expect(text(container, 'h2')).toEqual(['Steps of the country reviews: planned against actual']);
		expect(text(container, 'h3')).toEqual([
			'Pakistan: cluster 1, Criminalization and jurisdiction'
		]);
		expect(text(container, '.summary')).toEqual([
			'Pakistan, cluster 1: 1 of 7 steps completed; the longest delay is 456 days (self-assessment questionnaire); 5 unknown.'
		]);
		await showTable(container);
		expect(text(container, 'th').slice(0, 8)).toEqual([
			'Country',
			'Cluster',
			'Step',
			'Status',
			'Planned by',
			'Started',
			'Completed',
			'Delay'
		]);
		const saq = [...container.querySelectorAll('tr')].find((r) =>
			r.textContent.includes('Self-assessment questionnaire')
		);
		expect(saq?.textContent).toContain('In progress');
		expect(saq?.textContent).toContain('+456 days');
	});

	test('Urdu: every text of the card follows the language, also after it was drawn', async () => {
		const { container } = render(SwimlaneCard, {
			query: await loadedQuery([{ ...pakistan, name: 'پاکستان' }]),
			filterText: 'alliance PAK',
			onClear: vi.fn()
		});
		await i18n.use('ur');
		await vi.waitFor(() =>
			expect(text(container, 'h2')).toEqual(['ممالک کے جائزوں کے اقدامات: منصوبہ بمقابلہ عمل'])
		);
		expect(text(container, 'h3')).toEqual(['پاکستان: کلسٹر 1، جرم قرار دینا اور دائرۂ اختیار']);
		expect(text(container, '.summary')).toEqual([
			'پاکستان، کلسٹر 1: 7 میں سے 1 قدم مکمل؛ سب سے طویل تاخیر 456 دن ہے (خود تشخیصی سوالنامہ)؛ 5 اقدامات کی کیفیت نامعلوم ہے۔'
		]);
		await showTable(container);
		expect(text(container, 'th').slice(0, 8)).toEqual([
			'ملک',
			'کلسٹر',
			'قدم',
			'کیفیت',
			'مقررہ تاریخ',
			'آغاز',
			'تکمیل',
			'تاخیر'
		]);
		const saq = [...container.querySelectorAll('tr')].find((r) =>
			r.textContent.includes('خود تشخیصی سوالنامہ')
		);
		expect(saq?.textContent).toContain('جاری');
		expect(saq?.textContent).toContain('+456 دن');
		// The card's own texts (the chart and the card frame translate theirs).
		const own = text(container, 'figcaption, h3, table').join(' ');
		expect(own).not.toMatch(/[A-Za-z]{2,}/);
	});
});
