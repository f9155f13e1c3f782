/**
 * The overview's data: one query per card, each re-run when (and only when) the part of the view
 * state it depends on changes. Re-running cancels the stale request; results stay `$state.raw`.
 */
import type { Alliance, Composition, Timeline, VocabularyOutput } from '@untoc-alliance/schema';
import type { CountryProgress } from './findings.ts';
import { allianceLabel } from './labels.ts';
import { Query } from './query.svelte.ts';
import { isNotFound, type DashboardApi } from './trpc.ts';
import type { UrlState } from './url-state.svelte.ts';

export class Overview {
	readonly api: DashboardApi;
	readonly url: UrlState;
	vocabulary: Query<VocabularyOutput>;
	composition = new Query<Composition>();
	timeline = new Query<Timeline>();
	review = new Query<CountryProgress[]>();

	/** The alliances to show review progress for: the selected one, or all. */
	reviewAlliances: Alliance[];
	/** True while any result shown is (partly) invented. */
	synthetic: boolean;
	// Keys are strings so that a query re-runs only when its own input changes.
	#filterKey: string;
	#timelineKey: string;
	#reviewKey: string;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, vocabulary = new Query<VocabularyOutput>()) {
		this.api = api;
		this.url = url;
		this.vocabulary = vocabulary;
		this.reviewAlliances = $derived.by(() => {
			const alliances = vocabulary.data?.alliances ?? [];
			const selected = url.state.filter.alliance;
			return selected ? alliances.filter((a) => a.code === selected) : alliances;
		});
		this.synthetic = $derived(
			[
				this.composition.data?.synthetic,
				this.timeline.data?.synthetic,
				this.review.data?.some((c) => c.progress.synthetic)
			].includes(true)
		);
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		this.#timelineKey = $derived(
			JSON.stringify({ ...url.state.filter, interval: url.state.interval })
		);
		this.#reviewKey = $derived(
			JSON.stringify(
				this.reviewAlliances.map(({ code, country, name }) => ({ code, country, name }))
			)
		);
		if (vocabulary.status === 'idle') vocabulary.run((signal) => api.vocabulary(signal));
		$effect(() => {
			const filter = JSON.parse(this.#filterKey) as UrlState['state']['filter'];
			this.composition.run((signal) => api.composition(filter, signal));
		});
		$effect(() => {
			const input = JSON.parse(this.#timelineKey) as Parameters<DashboardApi['timeline']>[0];
			this.timeline.run((signal) => api.timeline(input, signal));
		});
		$effect(() => {
			const alliances = JSON.parse(this.#reviewKey) as ProgressAlliance[];
			if (this.vocabulary.status === 'ready')
				this.review.run((signal) => loadProgress(api, alliances, signal));
		});
	}
}

/** What `loadProgress` needs of an alliance (language-free, so a switch of language refetches nothing). */
export type ProgressAlliance = Pick<Alliance, 'code' | 'country' | 'name'>;

/**
 * Review progress of each alliance's country; a country without review data is left out. Its
 * `name` is read in the page's language each time it is shown.
 */
export async function loadProgress(
	api: DashboardApi,
	alliances: readonly ProgressAlliance[],
	signal: AbortSignal
): Promise<CountryProgress[]> {
	const all = await Promise.all(
		alliances.map((alliance) =>
			api.progress(alliance.code, signal).then(
				(progress): CountryProgress => ({
					get name() {
						return allianceLabel(alliance);
					},
					progress
				}),
				(error: unknown) => (isNotFound(error) ? null : Promise.reject(error as Error))
			)
		)
	);
	return all.filter((c) => c !== null);
}
