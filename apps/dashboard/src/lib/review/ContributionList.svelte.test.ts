import { render } from '@testing-library/svelte';
import type { ContributionItem } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import ContributionList from './ContributionList.svelte';

afterEach(async () => {
	await i18n.use('en');
});

const item: ContributionItem = {
	id: 1,
	country: 'PAK',
	cluster: 1,
	type: 'position_paper',
	title: 'Shadow report on cluster 1',
	date: '2023-03-15',
	authors: [
		{ id: 10, name: 'Aurat Foundation', sector: 'ngo' },
		{ id: 11, name: 'A. Khan', sector: null }
	],
	verified: false,
	synthetic: true,
	sourceUrl: 'https://example.org/report'
};

const lines = (container: Element) =>
	[...container.querySelectorAll('h2, p')].map((e) => e.textContent.trim().replace(/\s+/g, ' '));

describe('ContributionList', () => {
	test('English: count, date, type, cluster, provenance, source and authors', () => {
		const { container } = render(ContributionList, {
			items: [item, { ...item, id: 2, cluster: null, synthetic: false, verified: true }]
		});
		const text = lines(container);
		expect(text[0]).toBe('The contributions (2)');
		expect(text).toContain(
			'15 Mar 2023 · Position paper · cluster 1 · demo data (invented) · source'
		);
		expect(text).toContain('15 Mar 2023 · Position paper · whole review · verified · source');
		expect(text).toContain('By Aurat Foundation (NGO / CSO); A. Khan');
	});

	test('Urdu: the same facts in Urdu; titles and names stay as written', async () => {
		await i18n.use('ur');
		const { container } = render(ContributionList, { items: [item] });
		const text = lines(container);
		expect(text[0]).toBe('شراکتیں (1)');
		expect(text).toContain('15 مارچ، 2023 · مؤقف نامہ · کلسٹر 1 · نمونے کا ڈیٹا (فرضی) · ماخذ');
		expect(text).toContain(
			'مصنفین: Aurat Foundation (غیر سرکاری تنظیم / سول سوسائٹی تنظیم)؛ A. Khan'
		);
	});

	test('an empty list says that nothing matches, in the page language', async () => {
		await i18n.use('ur');
		const { container } = render(ContributionList, { items: [] });
		expect(lines(container)).toEqual(['شراکتیں (0)', 'اس فلٹر سے کوئی شراکت مطابقت نہیں رکھتی۔']);
	});
});
