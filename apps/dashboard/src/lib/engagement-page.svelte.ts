/**
 * The engagement page's data and its click-to-filter: events over time by type
 * (`engagement.timeline`), participation by sector and side with the trilateral share per type
 * (`engagement.participation`), events per review cluster (`engagement.byCluster`) and the
 * milestones drawn on every time axis (`engagement.milestones`, labelled in the page's language),
 * each re-run only when its own input changes. A sector click toggles the sector in the URL filter
 * (pushState, so Back undoes it) and times the way to the redrawn charts: mark
 * `engagement:filter-click` → measure `engagement:filter-to-charts`.
 */
import type {
	EngagementByCluster,
	EngagementMilestones,
	EngagementParticipation,
	Sector,
	Timeline,
	VocabularyOutput
} from '@untoc-alliance/schema';
import { tick } from 'svelte';
import { toggled } from './charts/chart-keys.ts';
import type { Milestone } from './charts/Milestones/milestones.ts';
import { milestoneLabel } from './labels.ts';
import { isoDay, parseIsoDate } from './format.ts';
import { Query } from './query.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import { withList, type UrlState } from './url-state.svelte.ts';

export const clickMark = 'engagement:filter-click';
export const updateMeasure = 'engagement:filter-to-charts';

export class EngagementData {
	readonly url: UrlState;
	timeline = new Query<Timeline>();
	participation = new Query<EngagementParticipation>();
	byCluster = new Query<EngagementByCluster>();
	milestones = new Query<EngagementMilestones>();
	/** The milestones as chart annotations; none while loading or when they failed. */
	marks: Milestone[];
	/** True while any result shown is (partly) invented. */
	synthetic: boolean;
	/** The day the numbers were read: events up to it are counted. */
	readonly asOf = isoDay(Date.now());
	#filterKey: string;
	#intervalKey: string;
	#pending = false;

	/** Starts loading; call it while a component initialises (it sets up effects). */
	constructor(api: DashboardApi, url: UrlState, vocabulary: Query<VocabularyOutput>) {
		this.url = url;
		this.#filterKey = $derived(JSON.stringify(url.state.filter));
		this.#intervalKey = $derived(
			JSON.stringify({ ...url.state.filter, interval: url.state.interval })
		);
		this.marks = $derived(
			(this.milestones.data?.milestones ?? []).map((m) => ({
				date: parseIsoDate(m.date),
				label: milestoneLabel(m),
				// A launch or a COP session keeps its label before the many dialogues.
				priority: m.kind === 'constructive_dialogue' ? 1 : 0
			}))
		);
		this.synthetic = $derived(
			[this.timeline, this.participation, this.byCluster].some((q) => q.data?.synthetic === true)
		);
		if (vocabulary.status === 'idle') vocabulary.run((signal) => api.vocabulary(signal));
		$effect(() => {
			const input = JSON.parse(this.#intervalKey) as Parameters<DashboardApi['timeline']>[0];
			this.timeline.run((signal) => api.timeline(input, signal));
			this.participation.run((signal) => api.participation(input, signal));
		});
		$effect(() => {
			const filter = JSON.parse(this.#filterKey) as UrlState['state']['filter'];
			this.byCluster.run((signal) => api.byCluster(filter, signal));
			this.milestones.run((signal) => api.milestones(filter, signal));
		});
		$effect(() => {
			const settled = [this.timeline, this.participation, this.byCluster].every(
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
		performance.mark(clickMark);
		this.#pending = true;
		this.url.setFilter(withList(filter, 'sectors', toggled(filter.sectors, sector)));
	}
}
