/**
 * The one-sentence findings of the chart cards and the headline numbers, computed from API
 * results in plain words ("Academia makes up 14% of the 52 members").
 */
import type {
	Composition,
	SectorThemeMatrix,
	DashboardFilter,
	Interval,
	ReviewProgress,
	Timeline
} from '@untoc-alliance/schema';
import {
	fewerThan,
	formatBucket,
	formatCount,
	formatDay,
	formatShare,
	parseIsoDate,
	plural
} from './format.ts';
import { regionLabel, sectorLabel, themeLabel } from './labels.ts';

/** The largest of the shown (not suppressed) counts, or undefined when none is shown. */
function largest<TRow extends { count: number | null }>(
	rows: readonly TRow[],
	tie: (a: TRow, b: TRow) => number = () => 0
): (TRow & { count: number }) | undefined {
	const shown = rows.filter((r): r is TRow & { count: number } => r.count !== null);
	return [...shown].sort((a, b) => b.count - a.count || tie(a, b))[0];
}

/** "Fewer than 3 members match this filter." */
function fewMembers(below: number | null): string {
	const few = fewerThan(below);
	return `${few.charAt(0).toUpperCase()}${few.slice(1)} members match this filter.`;
}

/**
 * "Academia makes up 14% of the 52 members." Suppressed counts (null, for anonymous visitors)
 * are never stated: the finding names the largest shown group, or says the groups are small.
 */
export function compositionFinding(c: Composition): string {
	if (c.total === 0) return 'No members match this filter.';
	if (c.total === null) return fewMembers(c.suppressedBelow);
	const top = largest(c.bySector);
	if (!top)
		return `The ${formatCount(c.total)} members are in sectors of ${fewerThan(c.suppressedBelow)} each.`;
	const sector = sectorLabel(top.sector);
	if (c.total === 1) return `The one member is in ${sector}.`;
	if (top.count === c.total) return `All ${formatCount(c.total)} members are in ${sector}.`;
	return `${sector} makes up ${formatShare(top.count / c.total)} of the ${formatCount(c.total)} members.`;
}

const intervalNoun: Record<Interval, string> = { month: 'month', quarter: 'quarter', year: 'year' };

/** "52 events with 1,234 participants; the busiest quarter was Q3 2022, with 9 events." */
export function timelineFinding(t: Timeline): string {
	const { events, participants } = t.totals;
	if (events === 0) return 'No events match this filter.';
	const head = `${formatCount(events)} ${plural('event', events)} with ${formatCount(participants)} ${plural('participant', participants)}`;
	const busiest = [...t.buckets].sort(
		(a, b) => b.events - a.events || a.start.localeCompare(b.start)
	)[0];
	if (!busiest || t.buckets.length < 2) return `${head}.`;
	const when = formatBucket(parseIsoDate(busiest.start), t.interval);
	return `${head}; the busiest ${intervalNoun[t.interval]} was ${when}, with ${formatCount(busiest.events)} ${busiest.events === 1 ? 'event' : 'events'}.`;
}

export interface CountryProgress {
	/** Display name of the country. */
	name: string;
	progress: ReviewProgress;
}

/** "Cluster 1 is furthest along, at 57% complete; 2 of 4 clusters are unknown." */
export function reviewFinding(countries: readonly CountryProgress[]): string {
	const rows = countries.flatMap(({ name, progress }) =>
		progress.clusters.map((c) => ({ ...c, country: name }))
	);
	if (rows.length === 0) return 'No review data for this selection.';
	const unknown = rows.filter((r) => r.percentComplete === null).length;
	const known = rows.filter((r) => r.percentComplete !== null);
	const tail =
		unknown > 0
			? `; ${formatCount(unknown)} of ${formatCount(rows.length)} clusters are unknown.`
			: '.';
	const best = [...known].sort((a, b) => (b.percentComplete ?? 0) - (a.percentComplete ?? 0))[0];
	if (!best) return `The progress of all ${formatCount(rows.length)} clusters is unknown.`;
	const where =
		countries.length > 1 ? `${best.country}'s cluster ${best.cluster}` : `Cluster ${best.cluster}`;
	return `${where} is furthest along, at ${formatShare((best.percentComplete ?? 0) / 100)} complete${tail}`;
}

/** Share (0–1) of all review steps shown that are completed; null without any step. */
export function stepsCompleted(progresses: readonly ReviewProgress[]): number | null {
	const steps = progresses.flatMap((p) => p.clusters.flatMap((c) => c.steps));
	if (steps.length === 0) return null;
	return steps.filter((s) => s.status === 'completed').length / steps.length;
}

/** The filter in words, for "No members match …": "Academia in Gilgit-Baltistan, on Drugs". */
export function describeFilter(filter: DashboardFilter): string {
	const parts: string[] = [];
	if (filter.sectors) parts.push(filter.sectors.map(sectorLabel).join(' or '));
	if (filter.regions) parts.push(`in ${filter.regions.map(regionLabel).join(' or ')}`);
	if (filter.themes) parts.push(`working on ${filter.themes.map(themeLabel).join(' or ')}`);
	if (filter.from) parts.push(`from ${formatDay(filter.from)}`);
	if (filter.to) parts.push(`until ${formatDay(filter.to)}`);
	return parts.length > 0 ? parts.join(' ') : 'this selection';
}

/** The filter in words for an export's header: "alliance PAK; Academia from 1 Jan 2023", "none". */
export function filterForExport(filter: DashboardFilter): string {
	const rest = describeFilter({ ...filter, alliance: undefined });
	const parts = [
		...(filter.alliance ? [`alliance ${filter.alliance}`] : []),
		...(rest === 'this selection' ? [] : [rest])
	];
	return parts.length > 0 ? parts.join('; ') : 'none';
}

/** "Punjab has the most members: 20 of the 52 (38%)." (a member in two regions counts in both) */
export function regionFinding(c: Composition): string {
	if (c.total === 0) return 'No members match this filter.';
	if (c.total === null) return fewMembers(c.suppressedBelow);
	const top = largest(c.byRegion, (a, b) => a.region.localeCompare(b.region));
	if (!top) return `Every region has ${fewerThan(c.suppressedBelow)} members.`;
	const share = formatShare(top.count / c.total);
	return `${regionLabel(top.region)} has the most members: ${formatCount(top.count)} of the ${formatCount(c.total)} (${share}).`;
}

/** "The largest group: 12 members in Academia work on Drugs." */
export function matrixFinding(m: SectorThemeMatrix): string {
	const top = largest(m.cells);
	if (!top && m.cells.length > 0)
		return `Every pairing of sector and crime theme has ${fewerThan(m.suppressedBelow)} members.`;
	if (!top || top.count === 0) return 'No members with a crime theme match this filter.';
	const who = `${formatCount(top.count)} ${plural('member', top.count)}`;
	const verb = top.count === 1 ? 'works' : 'work';
	return `The largest group: ${who} in ${sectorLabel(top.sector)} ${verb} on ${themeLabel(top.theme)}.`;
}
