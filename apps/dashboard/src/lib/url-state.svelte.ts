/**
 * The view state lives in the address bar. It is read with the schema's `parseViewState` (values
 * it rejects become `problems` shown on the page; the rest applies), changed with
 * `history.pushState` (so Back undoes a change) and read again on `popstate`.
 */
import type {
	DashboardFilter,
	Interval,
	ViewState,
	ViewStateProblem
} from '@untoc-alliance/schema';
import { hasLanguage } from './i18n.svelte.ts';
import { fromSearch, toSearch } from './view-url.ts';

/** The filter with `key` set to `values`, or without `key` when `values` is empty. */
export function withList<TKey extends 'sectors' | 'regions' | 'themes'>(
	filter: DashboardFilter,
	key: TKey,
	values: readonly NonNullable<DashboardFilter[TKey]>[number][]
): DashboardFilter {
	const next: DashboardFilter = { ...filter };
	if (values.length === 0) delete next[key];
	else next[key] = [...values] as DashboardFilter[TKey];
	return next;
}

/** The filter for one alliance (`undefined`: all alliances). */
export function withAlliance(
	filter: DashboardFilter,
	alliance: string | undefined
): DashboardFilter {
	const next: DashboardFilter = { ...filter };
	if (alliance) next.alliance = alliance;
	else delete next.alliance;
	return next;
}

export class UrlState {
	state = $state.raw<ViewState>({ filter: {}, interval: 'month' });
	problems = $state.raw<ViewStateProblem[]>([]);
	#window: Window;

	constructor(win: Window = window) {
		this.#window = win;
		this.read();
		win.addEventListener('popstate', () => this.read());
	}

	/** Reads the state from the current URL. */
	read(): void {
		const parsed = fromSearch(this.#window.location.search);
		const { lang } = parsed.state;
		if (lang !== undefined && !hasLanguage(lang)) {
			// A well-formed tag without a catalogue: reported, and the browser's preference applies.
			delete parsed.state.lang;
			parsed.problems.push({
				param: 'lang',
				value: lang,
				message: 'No catalogue for this language'
			});
		}
		this.state = parsed.state;
		this.problems = parsed.problems;
	}

	/** Moves to `next` as a new history entry; the URL then holds only valid values. */
	push(next: ViewState): void {
		const { location, history } = this.#window;
		const search = toSearch(next);
		if (search === location.search) return;
		history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
		this.state = next;
		this.problems = [];
	}

	setFilter(filter: DashboardFilter): void {
		this.push({ ...this.state, filter });
	}

	setInterval(interval: Interval): void {
		this.push({ ...this.state, interval });
	}

	/** Shows the page in language `tag` (`lang=` in the URL); Back undoes. */
	setLang(tag: string): void {
		this.push({ ...this.state, lang: tag });
	}

	/** Opens the panel of membership `id`, or closes it (`undefined`); Back undoes either. */
	setMember(id: number | undefined): void {
		const next: ViewState = { ...this.state, member: id };
		if (id === undefined) delete next.member;
		this.push(next);
	}

	/** Opens the page of event `id`, or closes it (`undefined`); Back undoes either. */
	setEvent(id: number | undefined): void {
		const next: ViewState = { ...this.state, event: id };
		if (id === undefined) delete next.event;
		this.push(next);
	}

	/** Removes sectors, regions, themes and the period; keeps the alliance, interval and language. */
	clear(): void {
		const { alliance } = this.state.filter;
		this.setFilter(alliance ? { alliance } : {});
	}
}
