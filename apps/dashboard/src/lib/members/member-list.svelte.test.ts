import type { DashboardFilter, MembersListInput, MembersPage } from '@untoc-alliance/schema';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { DashboardApi } from '../trpc.ts';
import { listInput, MemberList, pageCount } from './member-list.svelte.ts';

describe('listInput and pageCount', () => {
	test('the input carries the filter, the trimmed search, sort, order, page and 25 rows', () => {
		const view = { q: '  bonded ', sort: 'joinedOn', order: 'desc', page: 3 } as const;
		expect(listInput({ alliance: 'PAK', sectors: ['ngo'] }, view)).toEqual({
			alliance: 'PAK',
			sectors: ['ngo'],
			q: 'bonded',
			sort: 'joinedOn',
			order: 'desc',
			page: 3,
			pageSize: 25
		});
		expect(listInput({}, { ...view, q: '   ' })).not.toHaveProperty('q');
	});

	test.each([
		[0, 1],
		[25, 1],
		[26, 2],
		[61, 3]
	])('%i rows make %i pages', (total, pages) => {
		expect(pageCount(total)).toBe(pages);
	});
});

describe('MemberList', () => {
	let cleanup: (() => void) | undefined;
	afterEach(() => cleanup?.());

	function setup() {
		const calls: MembersListInput[] = [];
		const page: MembersPage = {
			total: 61,
			page: 1,
			pageSize: 25,
			rows: [],
			unnamed: 0,
			suppressedBelow: null
		};
		const api = {
			members: (input: MembersListInput) => {
				calls.push(input);
				return Promise.resolve(page);
			}
		} as unknown as DashboardApi;
		let filter = $state<DashboardFilter>({ alliance: 'PAK' });
		let list: MemberList | undefined;
		cleanup = $effect.root(() => {
			list = new MemberList(api, () => filter);
		});
		flushSync();
		if (!list) throw new Error('no list');
		return { list, calls, setFilter: (f: DashboardFilter) => (filter = f) };
	}

	test('searches 250 ms after the last keystroke, trimmed, from page 1', () => {
		vi.useFakeTimers();
		const { list, calls } = setup();
		list.page = 2;
		flushSync();
		list.search(' bond');
		list.search(' bonded ');
		vi.advanceTimersByTime(249);
		flushSync();
		expect(calls.map((c) => [c.q, c.page])).toEqual([
			[undefined, 1],
			[undefined, 2]
		]);
		vi.advanceTimersByTime(1);
		flushSync();
		expect(calls.at(-1)).toMatchObject({ q: 'bonded', page: 1 });
		vi.useRealTimers();
	});

	test('sortBy sorts ascending, then descending; a new filter goes back to page 1', () => {
		const { list, calls, setFilter } = setup();
		list.sortBy('sector');
		flushSync();
		list.sortBy('sector');
		list.page = 3;
		flushSync();
		expect(calls.slice(1).map((c) => `${c.sort} ${c.order} ${c.page}`)).toEqual([
			'sector asc 1',
			'sector desc 3'
		]);
		setFilter({ alliance: 'PAK' });
		flushSync();
		expect(calls).toHaveLength(3);
		setFilter({ alliance: 'PAK', sectors: ['media'] });
		flushSync();
		expect(calls.at(-1)).toMatchObject({ sectors: ['media'], sort: 'sector', page: 1 });
	});
});
