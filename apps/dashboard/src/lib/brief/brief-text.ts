/**
 * The printable brief's words and links: which views have a brief, the link from a view to its
 * brief and back, the filter as the chips say it, and the day the brief speaks of. Called in a
 * template or `$derived`, the words follow a change of language.
 */
import {
	BriefView,
	type Alliance,
	type DashboardFilter,
	type ViewState
} from '@untoc-alliance/schema';
import { formatDay } from '../format.ts';
import { m } from '../i18n.svelte.ts';
import { allianceLabel, regionLabel, sectorLabel, themeLabel } from '../labels.ts';
import { toSearch } from '../view-url.ts';

/** The views that have a brief, in the order of the navigation. */
export const briefViews: readonly BriefView[] = BriefView.options;

/** The path of each view's page. */
export const viewPaths: Readonly<Record<BriefView, string>> = {
	overview: '/',
	alliance: '/alliance',
	engagement: '/engagement',
	review: '/review'
};

/** Whether a page (of the route) has a brief. */
export function isBriefView(page: string): page is BriefView {
	return (briefViews as readonly string[]).includes(page);
}

/** The view state a brief and its view share: no open panel, no `view=`. */
function shared(state: ViewState): ViewState {
	const { member: _member, event: _event, view: _view, ...rest } = state;
	return rest;
}

/** The address of the brief of `view` with the filter, interval and language of `state`. */
export function briefHref(state: ViewState, view: BriefView): string {
	return `/brief${toSearch({ ...shared(state), view })}`;
}

/** The address of the view a brief summarises (its `view=`, the overview without one). */
export function viewHref(state: ViewState): string {
	return `${viewPaths[state.view ?? 'overview']}${toSearch(shared(state))}`;
}

/**
 * The day the brief speaks of: the end of the filter's period when it lies before `today`, else
 * `today` (both ISO dates).
 */
export function asOfDay(filter: DashboardFilter, today: string): string {
	return filter.to !== undefined && filter.to < today ? filter.to : today;
}

/**
 * The filter in words, one phrase per chip of the filter bar (alliance first): "Alliance:
 * Pakistan", "Academia", "From 1 Jan 2024"; empty for no filter.
 */
export function filterWords(
	filter: DashboardFilter,
	alliances: readonly Pick<Alliance, 'code' | 'country' | 'name'>[]
): string[] {
	const brief = m().brief;
	const alliance = filter.alliance && alliances.find((a) => a.code === filter.alliance);
	return [
		...(filter.alliance
			? [brief.alliance(alliance ? allianceLabel(alliance) : filter.alliance)]
			: []),
		...(filter.sectors ?? []).map(sectorLabel),
		...(filter.regions ?? []).map(regionLabel),
		...(filter.themes ?? []).map(themeLabel),
		...(filter.from ? [brief.from(formatDay(filter.from))] : []),
		...(filter.to ? [brief.until(formatDay(filter.to))] : [])
	];
}

/** A headline number of a brief; `value` is undefined while it loads. */
export interface Headline {
	key: string;
	label: string;
	value: string | undefined;
}

/** The height of an A4 page less its 12 mm margins, in CSS pixels (96 per inch). */
export const pageHeight = ((297 - 2 * 12) / 25.4) * 96;

/**
 * How much a sheet `height` CSS pixels tall must shrink to fit one page: 1 when it fits (or is not
 * measured yet), else the ratio, with a little room for rounding in the print layout.
 */
export function fitToPage(height: number, page = pageHeight): number {
	const room = page - 8;
	return height > room ? room / height : 1;
}
