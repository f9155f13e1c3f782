import { render } from '@testing-library/svelte';
import { ImportResult } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import ImportReport from './ImportReport.svelte';
import { failureOf } from './import-upload.ts';

afterEach(() => i18n.use('en'));

const withErrors = ImportResult.parse({
	kind: 'members',
	mode: 'preview',
	committed: false,
	rows: 1200,
	counts: [{ entity: 'memberships', create: 3, update: 1, unchanged: 0 }],
	errors: [
		{ row: 3, column: 'Public', message: 'Expected yes or no, found "maybe"' },
		{ row: 0, column: '', message: 'The header has no Sector column' }
	],
	errorCount: 1001,
	columns: ['Organisation'],
	sample: []
});
const unchanged = ImportResult.parse({
	...withErrors,
	rows: 1,
	counts: [{ entity: 'events', create: 0, update: 0, unchanged: 1 }],
	errors: [],
	errorCount: 0
});

const cells = (table: HTMLElement) =>
	[...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('ImportReport', () => {
	test('counts rows and errors in whole sentences, with the first errors of many', () => {
		const { getByRole } = render(ImportReport, { result: withErrors });
		expect(getByRole('heading').textContent?.trim()).toBe('Preview');
		expect(getByRole('table', { name: 'Rows to write, by table' })).toBeTruthy();
		expect(getByRole('heading').nextElementSibling?.textContent).toBe(
			'1,200 rows read; 1,001 errors: nothing can be written until every error is fixed.'
		);
		const errors = getByRole('table', { name: 'Errors (the first 2 of 1,001)' });
		expect(cells(errors)).toEqual([
			['3', 'Public', 'Expected yes or no, found "maybe"'],
			['file', '—', 'The header has no Sector column']
		]);
	});

	test("in Urdu: the report's own words in Urdu, the server's problems as it wrote them", async () => {
		await i18n.use('ur');
		const { getByRole, getByText } = render(ImportReport, { result: withErrors });
		expect(getByRole('heading').textContent?.trim()).toBe('پیش نظارہ');
		expect(getByText(/غلطیاں: جب تک/).textContent).toBe(
			'1,200 قطاریں پڑھی گئیں؛ 1,001 غلطیاں: جب تک ہر غلطی درست نہ ہو، کچھ نہیں لکھا جا سکتا۔'
		);
		const counts = getByRole('table', { name: 'لکھی جانے والی قطاریں، جدول کے لحاظ سے' });
		expect(cells(counts)).toEqual([['رکنیتیں', '3', '1', '0']]);
		const errors = getByRole('table', { name: 'غلطیاں (1,001 میں سے پہلی 2)' });
		expect(cells(errors)[1]).toEqual(['فائل', '—', 'The header has no Sector column']);
	});

	test('says when the file changes nothing (one row, singular)', () => {
		const { getByText } = render(ImportReport, { result: unchanged });
		expect(
			getByText('1 row read; the file changes nothing: every row is already in the database.')
		).toBeTruthy();
	});
});

describe('upload failures', () => {
	test("frame the server's message by status, or say the status when there is none", async () => {
		expect(failureOf(403, '{"error":"Editors only"}').message).toBe(
			'You may not import: Editors only'
		);
		expect(failureOf(500, 'Internal').message).toBe('The server answered 500');
		await i18n.use('ur');
		expect(failureOf(413, '{"error":"Over 20 MB"}').message).toBe('فائل بہت بڑی ہے: Over 20 MB');
		expect(failureOf(400, '{"error":"No file"}')).toMatchObject({
			status: 400,
			message: 'سرور نے انکار کر دیا: No file'
		});
	});
});
