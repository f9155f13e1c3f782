import type { DashboardFilter, MembersPage } from '@untoc-alliance/schema';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import type { DashboardApi } from '../trpc.ts';
import { MemberList as List } from './member-list.svelte.ts';
import MemberList from './MemberList.svelte';

const row = (id: number, name: string, synthetic = false) => ({
	id,
	name,
	alliance: 'PAK',
	sector: 'academia' as const,
	regions: ['PK-PB' as const, 'PK-SD' as const],
	themes: ['drugs' as const],
	joinedOn: '2022-09-15',
	synthetic
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function show(page: MembersPage, filter: DashboardFilter = { alliance: 'PAK' }) {
	const api = { members: () => Promise.resolve(page) } as unknown as DashboardApi;
	let list: List | undefined;
	cleanup = $effect.root(() => {
		list = new List(api, () => filter);
	});
	flushSync();
	if (!list) throw new Error('no list');
	const opened: number[] = [];
	let cleared = 0;
	const view = render(MemberList, {
		list,
		filter,
		onOpen: (id: number) => opened.push(id),
		onClear: () => (cleared += 1)
	});
	await Promise.resolve();
	flushSync();
	return { ...view, list, opened, cleared: () => cleared };
}

test('lists members with labels, a synthetic marker, sortable headers and pages', async () => {
	const page = {
		total: 61,
		page: 1,
		pageSize: 25,
		rows: [row(7, 'Alpha'), row(9, 'Beta', true)],
		unnamed: 0,
		suppressedBelow: null
	};
	const { getByRole, getAllByRole, opened, list } = await show(page);
	expect(getByRole('status').textContent).toBe('61 members');
	const cells = getAllByRole('row')
		.slice(1)
		.map((r) => [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()).join(' | '));
	expect(cells).toEqual([
		'Alpha | Academia | Punjab, Sindh | Drugs | 15 Sept 2022',
		'Beta synthetic | Academia | Punjab, Sindh | Drugs | 15 Sept 2022'
	]);
	const name = getByRole('columnheader', { name: /Name/ });
	expect(name.getAttribute('aria-sort')).toBe('ascending');
	await fireEvent.click(getByRole('button', { name: /Name/ }));
	expect(name.getAttribute('aria-sort')).toBe('descending');
	await fireEvent.click(getByRole('button', { name: /Joined/ }));
	expect(getByRole('columnheader', { name: /Joined/ }).getAttribute('aria-sort')).toBe('ascending');
	expect(name.hasAttribute('aria-sort')).toBe(false);
	expect(getByRole('navigation').textContent).toContain('Page 1 of 3');
	expect(getByRole('button', { name: 'Previous' }).hasAttribute('disabled')).toBe(true);
	await fireEvent.click(getByRole('button', { name: 'Next' }));
	expect(list.page).toBe(2);
	await fireEvent.click(getByRole('button', { name: 'Beta' }));
	expect(opened).toEqual([9]);
});

test('an empty list names the filter and the search and offers to clear both', async () => {
	const empty = { total: 0, page: 1, pageSize: 25, rows: [], unnamed: 0, suppressedBelow: null };
	const { getByText, getByRole, list, cleared } = await show(empty, {
		alliance: 'PAK',
		sectors: ['media']
	});
	list.q = 'zzz';
	flushSync();
	expect(getByText('No members match Media and the search “zzz”.')).toBeTruthy();
	await fireEvent.click(getByRole('button', { name: 'Clear filters and search' }));
	expect([cleared(), list.q]).toEqual([1, '']);
});

test('in Urdu: count, headers, pages and the empty list are Urdu', async () => {
	await i18n.use('ur');
	try {
		const page = {
			total: 61,
			page: 1,
			pageSize: 25,
			rows: [row(7, 'Alpha', true)],
			unnamed: 7,
			suppressedBelow: null
		};
		const full = await show(page);
		expect(full.getByRole('heading', { level: 2 }).textContent).toBe('اراکین');
		expect(full.getByRole('status').textContent).toBe(
			'61 اراکین درج ہیں اور 7 تنظیموں کے نام ظاہر نہیں کیے گئے'
		);
		expect(full.getAllByRole('columnheader').map((th) => th.textContent.trim())).toEqual([
			'نام▲',
			'شعبہ',
			'علاقے',
			'موضوعات',
			'شمولیت'
		]);
		expect(full.getAllByRole('row')[1]?.textContent).toContain('پنجاب، سندھ');
		expect(
			full.getByRole('navigation', { name: 'اراکین کی فہرست کے صفحات' }).textContent
		).toContain('3 میں سے صفحہ 1');
		expect(full.getByRole('searchbox', { name: 'نام سے تلاش کریں' })).toBeTruthy();
		full.unmount();
		cleanup?.();
		const empty = { total: 0, page: 1, pageSize: 25, rows: [], unnamed: 0, suppressedBelow: null };
		const none = await show(empty, { alliance: 'PAK', sectors: ['media'] });
		none.list.q = 'zzz';
		flushSync();
		expect(
			none.getByText('کوئی رکن «ذرائع ابلاغ» اور تلاش «zzz» سے مطابقت نہیں رکھتا۔')
		).toBeTruthy();
		expect(none.getByRole('button', { name: 'فلٹر اور تلاش صاف کریں' })).toBeTruthy();
	} finally {
		await i18n.use('en');
	}
});
