import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import { csvField, fileName, toCsv } from './csv.ts';

afterEach(() => i18n.use('en'));

describe('csvField', () => {
	test.each([
		{ name: 'plain text is left alone', value: 'Academia', expected: 'Academia' },
		{ name: 'a comma is quoted', value: 'Law, order', expected: '"Law, order"' },
		{
			name: 'quotes are doubled',
			value: 'the "Palermo" Convention',
			expected: '"the ""Palermo"" Convention"'
		},
		{ name: 'a line break is quoted', value: 'a\nb', expected: '"a\nb"' },
		{ name: 'a leading space is kept by quoting', value: ' x', expected: '" x"' }
	])('$name', ({ value, expected }) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	const base = {
		title: 'Members by sector',
		filter: 'Academia or NGO / CSO, from 1 Jan 2023',
		source: 'alliance records',
		asOf: '2024-12-31',
		synthetic: true,
		columns: ['Sector', 'Members'],
		rows: [
			['Academia', '12'],
			['NGO / CSO', '1,234']
		]
	};

	test('comment lines with title, filter, source, as-of and demo flag, then header and rows', () => {
		expect(toCsv(base).split('\r\n')).toEqual([
			'# Members by sector',
			'# Filter: Academia or NGO / CSO, from 1 Jan 2023',
			'# Source: alliance records',
			'# As of: 2024-12-31',
			'# Demo data: some rows are invented.',
			'Sector,Members',
			'Academia,12',
			'NGO / CSO,"1,234"',
			''
		]);
	});

	test('no demo line for real data; an unknown as-of date says so', () => {
		const lines = toCsv({ ...base, synthetic: false, asOf: undefined, rows: [] }).split('\r\n');
		expect(lines).toEqual([
			'# Members by sector',
			'# Filter: Academia or NGO / CSO, from 1 Jan 2023',
			'# Source: alliance records',
			'# As of: unknown',
			'Sector,Members',
			''
		]);
	});

	test('in Urdu the comment lines are Urdu; labels and cells are written as given', async () => {
		await i18n.use('ur');
		const lines = toCsv({
			...base,
			title: 'شعبہ وار اراکین',
			filter: 'تعلیمی ادارے',
			asOf: undefined,
			columns: ['شعبہ', 'اراکین'],
			rows: [['=تعلیمی ادارے', '۱۲']]
		}).split('\r\n');
		expect(lines).toEqual([
			'# شعبہ وار اراکین',
			'# فلٹر: تعلیمی ادارے',
			'# ماخذ: alliance records',
			'# بتاریخ: نامعلوم',
			'# نمونے کا ڈیٹا: کچھ قطاریں فرضی ہیں۔',
			'شعبہ,اراکین',
			"'=تعلیمی ادارے,۱۲",
			''
		]);
	});

	test('a cell that a spreadsheet would run as a formula is defused; negatives are not', () => {
		const csv = toCsv({ ...base, rows: [['=HYPERLINK("x")', '-3']] });
		expect(csv).toContain(`"'=HYPERLINK(""x"")",-3\r\n`);
	});
});

describe('fileName', () => {
	test.each([
		{
			title: 'Members by sector',
			asOf: '2024-12-31',
			ext: 'csv',
			expected: 'members-by-sector-2024-12-31.csv'
		},
		{
			title: 'Review steps: planned vs actual (Pakistan)',
			asOf: undefined,
			ext: 'svg',
			expected: 'review-steps-planned-vs-actual-pakistan.svg'
		},
		{ title: '¿Qué?', asOf: '2024-01-01', ext: 'png', expected: 'que-2024-01-01.png' },
		{
			title: 'شعبہ وار اراکین',
			asOf: '2024-12-31',
			ext: 'csv',
			expected: 'شعبہ-وار-اراکین-2024-12-31.csv'
		}
	])('$title → $expected', ({ title, asOf, ext, expected }) => {
		expect(fileName(title, asOf, ext)).toBe(expected);
	});
});
