/**
 * The event list's controls and data: event types, search text (applied after a pause in typing),
 * sort column and order, and the page; `engagement.events` is asked again when any of them or the
 * URL filter changes. A new filter, type choice, search or sort goes back to page 1.
 */
import type { EngagementEventsInput, EventsPage, EventType } from '@untoc-alliance/schema';
import { untrack } from 'svelte';
import { Query } from '../../query.svelte.ts';
import type { DashboardApi } from '../../trpc.ts';
import type { UrlState } from '../../url-state.svelte.ts';

export type EventSortKey = NonNullable<EngagementEventsInput['sort']>;
export type SortOrder = 'asc' | 'desc';

/** Events per page. */
export const pageSize = 20;

/** Number of pages for `total` rows (at least 1). */
export function pageCount(total: number, size = pageSize): number {
	return Math.max(1, Math.ceil(total / size));
}

export class EventListState {
	types = $state.raw<EventType[]>([]);
	/** The text in the search box. */
	text = $state('');
	/** The search applied (the text after the pause). */
	q = $state('');
	sort = $state<EventSortKey>('date');
	order = $state<SortOrder>('desc');
	page = $state(1);
	query = new Query<EventsPage>();
	#filterKey: string;
	#seenFilter: string | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#delay: number;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, options: { debounceMs?: number } = {}) {
		this.#delay = options.debounceMs ?? 300;
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		$effect(() => {
			const key = this.#filterKey;
			untrack(() => {
				if (this.#seenFilter !== undefined && key !== this.#seenFilter) this.page = 1;
				this.#seenFilter = key;
			});
			const input: EngagementEventsInput = {
				...(JSON.parse(key) as UrlState['state']['filter']),
				...(this.types.length > 0 ? { types: [...this.types] as [EventType, ...EventType[]] } : {}),
				...(this.q ? { q: this.q } : {}),
				sort: this.sort,
				order: this.order,
				page: this.page,
				pageSize
			};
			this.query.run((signal) => api.events(input, signal));
		});
		$effect(() => () => clearTimeout(this.#timer));
	}

	/** Clicking a column header: sorts by it (titles A–Z first, the rest largest/newest first), or flips the order. */
	sortBy(key: EventSortKey): void {
		if (this.sort === key) this.order = this.order === 'asc' ? 'desc' : 'asc';
		else {
			this.sort = key;
			this.order = key === 'title' ? 'asc' : 'desc';
		}
		this.page = 1;
	}

	setTypes(types: EventType[]): void {
		this.types = types;
		this.page = 1;
	}

	/** Types into the search box; the search applies after a pause. */
	search(text: string): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const q = text.trim();
			if (q === this.q) return;
			this.q = q;
			this.page = 1;
		}, this.#delay);
	}

	goTo(page: number): void {
		const last = pageCount(this.query.data?.total ?? 0);
		this.page = Math.min(last, Math.max(1, page));
	}
}
