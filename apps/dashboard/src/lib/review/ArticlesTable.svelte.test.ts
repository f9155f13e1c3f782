import { render } from '@testing-library/svelte';
import { treatyStatusList } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import ArticlesTable from './ArticlesTable.svelte';

afterEach(async () => {
	await i18n.use('en');
});

const pakistan = treatyStatusList.filter((t) => t.country === 'PAK');
const text = (container: Element, selector: string) =>
	[...container.querySelectorAll(selector)].map((e) => e.textContent.trim().replace(/\s+/g, ' '));

describe('ArticlesTable', () => {
	test("English: the articles counted per cluster and each instrument's status", () => {
		const { container } = render(ArticlesTable, {
			treaties: pakistan,
			countries: [{ code: 'PAK', name: 'Pakistan' }]
		});
		expect(text(container, 'h2')).toEqual([
			'Articles per cluster, and which count for each country'
		]);
		expect(text(container, 'h3')[0]).toMatch(/^Pakistan: cluster 1: \d+ articles counted/);
		const items = text(container, 'li');
		expect(items.find((i) => i.startsWith('Trafficking'))).toMatch(
			/party accession Nov 2022 · verified · source/
		);
		expect(items.find((i) => i.startsWith('Smuggling'))).toMatch(/not party · not verified/);
	});

	test('Urdu: headings, table, statuses and dates in Urdu; a month-only date shows no day', async () => {
		await i18n.use('ur');
		const { container } = render(ArticlesTable, {
			treaties: pakistan,
			countries: [{ code: 'PAK', name: 'پاکستان' }]
		});
		expect(text(container, 'h2')).toEqual([
			'ہر کلسٹر کی دفعات، اور ہر ملک کے لیے کون سی شمار ہوتی ہیں'
		]);
		expect(text(container, 'h3')[0]).toMatch(/^پاکستان: کلسٹر 1: \d+ دفعات شمار/);
		expect(text(container, 'th').slice(0, 4)).toEqual(['کلسٹر', 'دستاویز', 'دفعات', 'تصدیق شدہ']);
		const items = text(container, 'li');
		expect(items.find((i) => i.startsWith('انسانی اسمگلنگ'))).toMatch(
			/فریق الحاق نومبر 2022 · تصدیق شدہ · ماخذ/
		);
		// Everything but the reference data's notes (English facts, not interface text) is Urdu.
		for (const note of container.querySelectorAll('.note')) note.remove();
		const latin = container.textContent.match(/[A-Za-z]{2,}/g) ?? [];
		expect(latin.filter((w) => !/^[A-Z]+$/.test(w))).toEqual([]);
	});
});
