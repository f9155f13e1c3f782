/**
 * The data of the engagement page's lower half: `engagement.members` (rankings and inactive
 * members) and `engagement.network` (who works with whom), asked again when the URL filter
 * changes. The network's way from data to drawn chart is timed with performance marks:
 * `network:data` when the data arrives → measure `network:layout-render` after the DOM update.
 */
import type { EngagementMembers, EngagementNetwork, Sector } from '@untoc-alliance/schema';
import { tick } from 'svelte';
import { toggled } from '../../charts/chart-keys.ts';
import { Query } from '../../query.svelte.ts';
import type { DashboardApi } from '../../trpc.ts';
import { withList, type UrlState } from '../../url-state.svelte.ts';

export const networkDataMark = 'network:data';
export const networkMeasure = 'network:layout-render';
/** Members listed in each ranking. */
export const rankingLimit = 10;
/** Organisations in the network. */
export const networkLimit = 60;

export class DetailsData {
	readonly url: UrlState;
	members = new Query<EngagementMembers>();
	network = new Query<EngagementNetwork>();
	#filterKey: string;
	#pending = false;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState) {
		this.url = url;
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		$effect(() => {
			const filter = JSON.parse(this.#filterKey) as UrlState['state']['filter'];
			this.members.run((signal) => api.engagedMembers({ ...filter, limit: rankingLimit }, signal));
			this.network.run(async (signal) => {
				const data = await api.network({ ...filter, limit: networkLimit }, signal);
				if (!signal.aborted) {
					performance.mark(networkDataMark);
					this.#pending = true;
				}
				return data;
			});
		});
		$effect(() => {
			if (this.network.status !== 'ready' || this.network.data === undefined || !this.#pending)
				return;
			this.#pending = false;
			void tick().then(() => performance.measure(networkMeasure, networkDataMark));
		});
	}

	/** Adds the sector to the URL filter, or removes it when it is there (Back undoes it). */
	toggleSector(sector: Sector): void {
		const filter = this.url.state.filter;
		this.url.setFilter(withList(filter, 'sectors', toggled(filter.sectors, sector)));
	}
}
