/**
 * The one-sentence findings of the chart cards and the headline numbers, computed from API
 * results in plain words ("Academia makes up 14% of the 52 members"), and the filter in words. The
 * sentences are the catalogue's (`alliance.findings`, `alliance.filter`): each language orders
 * its words itself; these functions pick the sentence and give it labels and numbers.
 */
import type {
	Composition,
	SectorThemeMatrix,
	DashboardFilter,
	ReviewProgress,
	Timeline
} from '@untoc-alliance/schema';
import { fewerThan, formatBucket, formatDay, parseIsoDate } from './format.ts';
import { m } from './i18n.svelte.ts';
import { regionLabel, sectorLabel, themeLabel } from './labels.ts';

/** The largest of the shown (not suppressed) counts, or undefined when none is shown. */
function largest<TRow extends { count: number | null }>(
	rows: readonly TRow[],
	tie: (a: TRow, b: TRow) => number = () => 0
): (TRow & { count: number }) | undefined {
	const shown = rows.filter((r): r is TRow & { count: number } => r.count !== null);
	return [...shown].sort((a, b) => b.count - a.count || tie(a, b))[0];
}

/**
 * "Academia makes up 14% of the 52 members." Suppressed counts (null, for anonymous visitors)
 * are never stated: the finding names the largest shown group, or says the groups are small.
 */
export function compositionFinding(c: Composition): string {
	const say = m().alliance.findings;
	if (c.total === 0) return say.noMembers;
	if (c.total === null) return say.fewMembers(fewerThan(c.suppressedBelow));
	const top = largest(c.bySector);
	if (!top) return say.composition.allSmall(c.total, fewerThan(c.suppressedBelow));
	const sector = sectorLabel(top.sector);
	if (c.total === 1) return say.composition.one(sector);
	if (top.count === c.total) return say.composition.all(c.total, sector);
	return say.composition.largest(sector, top.count / c.total, c.total);
}

/** "52 events with 1,234 participants; the busiest quarter was Q3 2022, with 9 events." */
export function timelineFinding(t: Timeline): string {
	const say = m().alliance.findings.timeline;
	const { events, participants } = t.totals;
	if (events === 0) return say.none;
	const busiest = [...t.buckets].sort(
		(a, b) => b.events - a.events || a.start.localeCompare(b.start)
	)[0];
	if (!busiest || t.buckets.length < 2) return say.totals(events, participants);
	const when = formatBucket(parseIsoDate(busiest.start), t.interval);
	return say.busiest(
		{ events, participants },
		{ interval: t.interval, when, events: busiest.events }
	);
}

export interface CountryProgress {
	/** Display name of the country, in the page's language (a getter when loaded by `loadProgress`). */
	name: string;
	progress: ReviewProgress;
}

/** "Cluster 1 is furthest along, at 57% complete; 2 of 4 clusters are unknown." */
export function reviewFinding(countries: readonly CountryProgress[]): string {
	const say = m().alliance.findings.review;
	const rows = countries.flatMap(({ name, progress }) =>
		progress.clusters.map((c) => ({ ...c, country: name }))
	);
	if (rows.length === 0) return say.none;
	const unknown = rows.filter((r) => r.percentComplete === null).length;
	const known = rows.filter((r) => r.percentComplete !== null);
	const best = [...known].sort((a, b) => (b.percentComplete ?? 0) - (a.percentComplete ?? 0))[0];
	if (!best) return say.allUnknown(rows.length);
	return say.furthest({
		country: countries.length > 1 ? best.country : undefined,
		cluster: best.cluster,
		share: (best.percentComplete ?? 0) / 100,
		unknown,
		clusters: rows.length
	});
}

/** Share (0–1) of all review steps shown that are completed; null without any step. */
export function stepsCompleted(progresses: readonly ReviewProgress[]): number | null {
	const steps = progresses.flatMap((p) => p.clusters.flatMap((c) => c.steps));
	if (steps.length === 0) return null;
	return steps.filter((s) => s.status === 'completed').length / steps.length;
}

/**
 * The filter in words, undefined without one: "Academia in Gilgit-Baltistan, working on Drugs"
 * (the alliance is left out: the page names it).
 */
export function filterPhrase(filter: DashboardFilter): string | undefined {
	const { sectors, regions, themes, from, to } = filter;
	if (!sectors && !regions && !themes && !from && !to) return undefined;
	return m().alliance.filter.describe({
		sectors: (sectors ?? []).map(sectorLabel),
		regions: (regions ?? []).map(regionLabel),
		themes: (themes ?? []).map(themeLabel),
		from: from && formatDay(from),
		to: to && formatDay(to)
	});
}

/**
 * The filter in words for "No members match …": "Academia in Gilgit-Baltistan working on Drugs",
 * or "this selection" without a filter.
 */
export function describeFilter(filter: DashboardFilter): string {
	return filterPhrase(filter) ?? m().alliance.filter.thisSelection;
}

/** The filter in words for an export's header: "alliance PAK; Academia from 1 Jan 2023", "none". */
export function filterForExport(filter: DashboardFilter): string {
	return m().alliance.filter.forExport(filter.alliance, filterPhrase(filter));
}

/** "Punjab has the most members: 20 of the 52 (38%)." (a member in two regions counts in both) */
export function regionFinding(c: Composition): string {
	const say = m().alliance.findings;
	if (c.total === 0) return say.noMembers;
	if (c.total === null) return say.fewMembers(fewerThan(c.suppressedBelow));
	const top = largest(c.byRegion, (a, b) => a.region.localeCompare(b.region));
	if (!top) return say.region.allSmall(fewerThan(c.suppressedBelow));
	return say.region.largest({ region: regionLabel(top.region), count: top.count, total: c.total });
}

/** "The largest group: 12 members in Academia work on Drugs." */
export function matrixFinding(matrix: SectorThemeMatrix): string {
	const say = m().alliance.findings.matrix;
	const top = largest(matrix.cells);
	if (!top && matrix.cells.length > 0) return say.allSmall(fewerThan(matrix.suppressedBelow));
	if (!top || top.count === 0) return say.none;
	return say.largest(top.count, sectorLabel(top.sector), themeLabel(top.theme));
}
