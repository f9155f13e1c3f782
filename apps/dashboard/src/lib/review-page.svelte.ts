/**
 * The review page's data: progress per country (the selected alliance's, or every one), the
 * civil-society contributions under the filter (country, sectors, period) and the treaty status.
 * Each query re-runs only when its own part of the URL state changes.
 */
import type {
	ReviewContributions,
	ReviewContributionsInput,
	TreatyStatus,
	VocabularyOutput
} from '@untoc-alliance/schema';
import type { CountryProgress } from './findings.ts';
import { loadProgress, type ProgressAlliance } from './overview.svelte.ts';
import { Query } from './query.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import type { UrlState } from './url-state.svelte.ts';

export class ReviewData {
	progress = new Query<CountryProgress[]>();
	contributions = new Query<ReviewContributions>();
	treaties = new Query<TreatyStatus[]>();
	#progressKey: string;
	#contributionsKey: string;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, vocabulary: Query<VocabularyOutput>) {
		this.#progressKey = $derived.by(() => {
			const selected = url.state.filter.alliance;
			const all = vocabulary.data?.alliances ?? [];
			const shown = selected ? all.filter((a) => a.code === selected) : all;
			return JSON.stringify(shown.map(({ code, country, name }) => ({ code, country, name })));
		});
		this.#contributionsKey = $derived.by(() => {
			const { alliance, sectors, from, to } = url.state.filter;
			return JSON.stringify({ alliance, sectors, from, to });
		});
		this.treaties.run((signal) => api.treatyStatus(signal));
		$effect(() => {
			const alliances = JSON.parse(this.#progressKey) as ProgressAlliance[];
			if (vocabulary.status === 'ready')
				this.progress.run((signal) => loadProgress(api, alliances, signal));
		});
		$effect(() => {
			const input = JSON.parse(this.#contributionsKey) as ReviewContributionsInput;
			this.contributions.run((signal) => api.contributions(input, signal));
		});
	}

	/** True while any result shown is (partly) invented. */
	get synthetic(): boolean {
		return (
			(this.progress.data?.some((c) => c.progress.synthetic) ?? false) ||
			(this.contributions.data?.synthetic ?? false)
		);
	}
}
