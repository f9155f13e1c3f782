/**
 * The alliance page's data and its click-to-filter: `alliance.composition` (sector and region
 * bars), `alliance.matrix` (sector × theme), `alliance.growth` (members per month) and the member
 * list, re-run when the filter changes. A chart click toggles a value in the URL filter (pushState,
 * so Back undoes it) and times the way to the redrawn charts and list with performance marks:
 * `alliance:filter-click` → measure `alliance:filter-to-charts`.
 */
import type {
	Composition,
	DashboardFilter,
	MembershipGrowth,
	MembersListInput,
	RegionCode,
	Sector,
	SectorThemeMatrix,
	Theme,
	VocabularyOutput
} from '@untoc-alliance/schema';
import { tick } from 'svelte';
import { toggled } from './charts/chart-keys.ts';
import { memoCall } from './memo-call.ts';
import { MemberList } from './members/member-list.svelte.ts';
import { Query } from './query.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import { withList, type UrlState } from './url-state.svelte.ts';

export const clickMark = 'alliance:filter-click';
export const updateMeasure = 'alliance:filter-to-charts';

export class AllianceData {
	readonly url: UrlState;
	composition = new Query<Composition>();
	matrix = new Query<SectorThemeMatrix>();
	growth = new Query<MembershipGrowth>();
	members: MemberList;
	#api: Pick<DashboardApi, 'composition' | 'matrix' | 'growth'>;
	#filterKey: string;
	#loaded = '';
	/** The filter a click asked for, until the URL holds it. */
	#next = $state.raw<DashboardFilter | undefined>(undefined);
	#pending = false;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, vocabulary: Query<VocabularyOutput>) {
		this.url = url;
		// Answers are kept, so that Back and a second click (removing a value) need no request.
		this.#api = {
			composition: memoCall((filter: DashboardFilter, signal) => api.composition(filter, signal)),
			matrix: memoCall((filter: DashboardFilter, signal) => api.matrix(filter, signal)),
			growth: memoCall((filter: DashboardFilter, signal) => api.growth(filter, signal))
		};
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		if (vocabulary.status === 'idle') vocabulary.run((signal) => api.vocabulary(signal));
		$effect(() => this.#load(JSON.parse(this.#filterKey) as DashboardFilter));
		const members = memoCall((input: MembersListInput, signal) => api.members(input, signal));
		this.members = new MemberList({ members }, () => url.state.filter);
		$effect(() => {
			const queries = [this.composition, this.matrix, this.growth, this.members.query];
			const settled = queries.every((q) => q.status === 'ready' || q.status === 'error');
			// Answers from the cache can be there before the URL (and the marks) show the click.
			if (!settled || this.#next !== undefined || !this.#pending) return;
			this.#pending = false;
			void tick().then(() => performance.measure(updateMeasure, clickMark));
		});
	}

	/** The filter a toggle starts from: the one asked for last. */
	get #filter(): DashboardFilter {
		return this.#next ?? this.url.state.filter;
	}

	/** Adds the sector to the filter, or removes it when it is there. */
	toggleSector(sector: Sector): void {
		this.#change(this.#withSector(sector));
	}

	/** Adds the region to the filter, or removes it when it is there. */
	toggleRegion(region: RegionCode): void {
		this.#change(this.#withRegion(region));
	}

	/** Adds the cell's sector and theme to the filter; removes both when both are there. */
	toggleCell(sector: Sector, theme: Theme): void {
		this.#change(this.#withCell(sector, theme));
	}

	/** The filter a click on the mark `key` of the card `card` (its id) would ask for. */
	filterFor(card: string, key: string): DashboardFilter | undefined {
		const [sector, theme] = key.split(' ');
		if (card === 'composition' || card === 'growth') return this.#withSector(key as Sector);
		if (card === 'regions') return this.#withRegion(key as RegionCode);
		if (card === 'matrix' && sector && theme)
			return this.#withCell(sector as Sector, theme as Theme);
		return undefined;
	}

	/** Asks ahead for what `filter` would show (a pointer rests on a mark); the answers are kept. */
	prefetch(filter: DashboardFilter): void {
		const signal = new AbortController().signal;
		const quiet = (answer: Promise<unknown>) => void answer.catch(() => undefined);
		quiet(this.#api.composition(filter, signal));
		quiet(this.#api.matrix(filter, signal));
		quiet(this.#api.growth(filter, signal));
		this.members.prefetch(filter);
	}

	#withSector(sector: Sector): DashboardFilter {
		const filter = this.#filter;
		return withList(filter, 'sectors', toggled(filter.sectors, sector));
	}

	#withRegion(region: RegionCode): DashboardFilter {
		const filter = this.#filter;
		return withList(filter, 'regions', toggled(filter.regions, region));
	}

	#withCell(sector: Sector, theme: Theme): DashboardFilter {
		const filter = this.#filter;
		const both = !!filter.sectors?.includes(sector) && !!filter.themes?.includes(theme);
		const add = <T>(list: readonly T[] | undefined, v: T) =>
			both ? toggled(list, v) : list?.includes(v) ? [...list] : [...(list ?? []), v];
		const next = withList(filter, 'sectors', add(filter.sectors, sector));
		return withList(next, 'themes', add(filter.themes, theme));
	}

	/** Runs the charts' queries for `filter`, unless they already run for it. */
	#load(filter: DashboardFilter): void {
		const key = JSON.stringify(filter);
		if (key === this.#loaded) return;
		this.#loaded = key;
		this.composition.run((signal) => this.#api.composition(filter, signal));
		this.matrix.run((signal) => this.#api.matrix(filter, signal));
		this.growth.run((signal) => this.#api.growth(filter, signal));
	}

	/**
	 * Applies a clicked filter. The requests go out first; the URL (and with it the redraw of the
	 * filter bar, the marks and the page) follows in the next task, so that the requests do not
	 * wait for that redraw (the API client sends its batch from a timer).
	 */
	#change(filter: DashboardFilter): void {
		performance.mark(clickMark);
		this.#pending = true;
		this.#next = filter;
		this.#load(filter);
		this.members.load(filter);
		setTimeout(() => {
			if (this.#next !== filter) return;
			this.#next = undefined;
			this.url.setFilter(filter);
		});
	}
}
