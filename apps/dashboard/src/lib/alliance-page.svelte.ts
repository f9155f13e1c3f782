/**
 * The alliance page's data and its click-to-filter: `alliance.composition` (sector and region
 * bars) and `alliance.matrix` (sector × theme), re-run when the filter changes. A chart click toggles a value in the URL filter
 * (pushState, so Back undoes it) and times the way to the redrawn charts with performance marks:
 * `alliance:filter-click` → measure `alliance:filter-to-charts`.
 */
import type {
	Composition,
	RegionCode,
	Sector,
	SectorThemeMatrix,
	Theme,
	VocabularyOutput
} from '@untoc-alliance/schema';
import { tick } from 'svelte';
import { toggled } from './charts/chart-keys.ts';
import { Query } from './query.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import { withList, type UrlState } from './url-state.svelte.ts';

export const clickMark = 'alliance:filter-click';
export const updateMeasure = 'alliance:filter-to-charts';

export class AllianceData {
	readonly url: UrlState;
	composition = new Query<Composition>();
	matrix = new Query<SectorThemeMatrix>();
	#filterKey: string;
	#pending = false;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, vocabulary: Query<VocabularyOutput>) {
		this.url = url;
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		if (vocabulary.status === 'idle') vocabulary.run((signal) => api.vocabulary(signal));
		$effect(() => {
			const filter = JSON.parse(this.#filterKey) as UrlState['state']['filter'];
			this.composition.run((signal) => api.composition(filter, signal));
			this.matrix.run((signal) => api.matrix(filter, signal));
		});
		$effect(() => {
			const settled = [this.composition, this.matrix].every(
				(q) => q.status === 'ready' || q.status === 'error'
			);
			if (!settled || !this.#pending) return;
			this.#pending = false;
			void tick().then(() => performance.measure(updateMeasure, clickMark));
		});
	}

	/** Adds the sector to the filter, or removes it when it is there. */
	toggleSector(sector: Sector): void {
		const filter = this.url.state.filter;
		this.#change(() =>
			this.url.setFilter(withList(filter, 'sectors', toggled(filter.sectors, sector)))
		);
	}

	/** Adds the region to the filter, or removes it when it is there. */
	toggleRegion(region: RegionCode): void {
		const filter = this.url.state.filter;
		this.#change(() =>
			this.url.setFilter(withList(filter, 'regions', toggled(filter.regions, region)))
		);
	}

	/** Adds the cell's sector and theme to the filter; removes both when both are there. */
	toggleCell(sector: Sector, theme: Theme): void {
		const filter = this.url.state.filter;
		const both = !!filter.sectors?.includes(sector) && !!filter.themes?.includes(theme);
		const add = <T>(list: readonly T[] | undefined, v: T) =>
			both ? toggled(list, v) : list?.includes(v) ? [...list] : [...(list ?? []), v];
		const next = withList(filter, 'sectors', add(filter.sectors, sector));
		this.#change(() => this.url.setFilter(withList(next, 'themes', add(filter.themes, theme))));
	}

	#change(apply: () => void): void {
		performance.mark(clickMark);
		this.#pending = true;
		apply();
	}
}
