/**
 * The member list's state: search text (applied 250 ms after the last keystroke, trimmed), sort
 * column and order, and the page, with the dashboard filter; `members.list` runs again whenever
 * any of them changes. A new filter, search or sort starts again at page 1.
 */
import type { DashboardFilter, MembersListInput, MembersPage } from '@untoc-alliance/schema';
import { Query } from '../query.svelte.ts';
import type { DashboardApi } from '../trpc.ts';

export type MemberSort = 'name' | 'sector' | 'joinedOn';
export type SortOrder = 'asc' | 'desc';

export const pageSize = 25;
export const searchDelay = 250;

/** The `members.list` input for the filter, search text, sort and page. */
export function listInput(
	filter: DashboardFilter,
	view: { q: string; sort: MemberSort; order: SortOrder; page: number }
): MembersListInput {
	const q = view.q.trim();
	return {
		...filter,
		...(q ? { q } : {}),
		sort: view.sort,
		order: view.order,
		page: view.page,
		pageSize
	};
}

/** Number of pages for `total` rows (at least 1). */
export function pageCount(total: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}

export class MemberList {
	query = new Query<MembersPage>();
	/** What is typed in the search box. */
	text = $state('');
	/** The search applied: `text` trimmed, once typing pauses. */
	q = $state('');
	sort = $state<MemberSort>('name');
	order = $state<SortOrder>('asc');
	#paging = $state({ key: '', page: 1 });
	#api: Pick<DashboardApi, 'members'>;
	#filterKey: string;
	#key: string;
	/** The input of the last run. */
	#ran = '';
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Starts loading; call it while a component initialises (it sets up an effect). */
	constructor(api: Pick<DashboardApi, 'members'>, filter: () => DashboardFilter) {
		this.#api = api;
		// Compared as text, so that a new but equal filter (the URL changed elsewhere) runs nothing.
		this.#filterKey = $derived(JSON.stringify(filter()));
		this.#key = $derived(JSON.stringify([this.#filterKey, this.q, this.sort, this.order]));
		$effect(() => this.#run(listInput(JSON.parse(this.#filterKey) as DashboardFilter, this)));
		$effect(() => () => clearTimeout(this.#timer));
	}

	/** Loads page 1 for a filter about to apply (the same search and sort). */
	load(filter: DashboardFilter): void {
		this.#run(listInput(filter, { q: this.q, sort: this.sort, order: this.order, page: 1 }));
	}

	/** Asks ahead for page 1 of `filter`; the answer is kept for when it applies. */
	prefetch(filter: DashboardFilter): void {
		const input = listInput(filter, { q: this.q, sort: this.sort, order: this.order, page: 1 });
		this.#api.members(input, new AbortController().signal).catch(() => undefined);
	}

	#run(input: MembersListInput): void {
		const key = JSON.stringify(input);
		if (key === this.#ran) return;
		this.#ran = key;
		this.query.run((signal) => this.#api.members(input, signal));
	}

	/** The page shown; back to 1 whenever the filter, search or sort changes. */
	get page(): number {
		return this.#paging.key === this.#key ? this.#paging.page : 1;
	}

	set page(page: number) {
		this.#paging = { key: this.#key, page };
	}

	/** Takes typed text; the search follows once typing pauses. */
	search(text: string): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.q = text.trim()), searchDelay);
	}

	/** Clears the search at once. */
	clearSearch(): void {
		clearTimeout(this.#timer);
		this.text = '';
		this.q = '';
	}

	/** Sorts by `column`: ascending first, the other way round on a second click. */
	sortBy(column: MemberSort): void {
		if (this.sort === column) this.order = this.order === 'asc' ? 'desc' : 'asc';
		else [this.sort, this.order] = [column, 'asc'];
	}
}
