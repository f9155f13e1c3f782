/**
 * The first view without JavaScript: for a page request the server puts the language (`lang`,
 * `dir`) on `<html>` and, for the overview, the headline numbers into `#app`, so that a phone on a
 * slow network reads them before the dashboard's code has arrived. The dashboard replaces the
 * markup when it mounts.
 *
 * The numbers come from the same procedures the dashboard calls, through a server-side caller with
 * the request's audience (anonymous callers get the suppressed counts), the request's filter
 * (parsed with the schema's `parseViewState`; rejected values are left out) and the result cache.
 * The labels come from the catalogues (`@untoc-alliance/i18n`), in the language of `lang=` or else
 * of `Accept-Language`.
 */
import type { IncomingMessage } from 'node:http';
import {
	appRouter,
	createCallerFactory,
	createContextInner,
	type ContextDeps
} from '@untoc-alliance/api';
import { matchLanguage, type Catalogue, type Messages } from '@untoc-alliance/i18n';
import { loadCatalogues } from '@untoc-alliance/i18n/node';
import { parseViewState, type DashboardFilter, type ViewState } from '@untoc-alliance/schema';

const createCaller = createCallerFactory(appRouter);

/** The overview's headline numbers, formatted for the page's language. */
export interface Headlines {
	members: string;
	sectors: string;
	regions: string;
	events: string;
	participants: string;
	stepsCompleted: string;
}

/** What the server adds to index.html for one request. */
export interface FirstView {
	lang: string;
	dir: 'ltr' | 'rtl';
	/** Markup for `#app`, or `''` (pages other than the overview, or numbers not ready in time). */
	html: string;
}

/** The tags of an `Accept-Language` header, best first: `"ur-PK,ur;q=0.9,en;q=0.8"` → `["ur-PK","ur","en"]`. */
export function acceptedLanguages(header: string | undefined): string[] {
	return (header ?? '')
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
			return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
		})
		.filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index)
		.map((entry) => entry.tag);
}

const escapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** The markup of the headline numbers (classes styled by the dashboard's app.css). */
export function headlinesHtml(messages: Messages, headlines: Headlines): string {
	const h = messages.overview.headlines;
	const items = (
		[
			[h.members, headlines.members],
			[h.sectors, headlines.sectors],
			[h.regions, headlines.regions],
			[h.events, headlines.events],
			[h.participants, headlines.participants],
			[h.stepsCompleted, headlines.stepsCompleted]
		] as const
	)
		.map(
			([label, value]) =>
				`<div><dt>${escapeHtml(label)}</dt><dd data-first-view="${escapeHtml(value)}">${escapeHtml(value)}</dd></div>`
		)
		.join('');
	return (
		`<main class="first-view"><p class="first-view-brand">${escapeHtml(messages.app.title)}</p>` +
		`<h1>${escapeHtml(messages.overview.title)}</h1>` +
		`<dl aria-label="${escapeHtml(h.label)}">${items}</dl>` +
		`<p class="first-view-loading" role="status">${escapeHtml(messages.overview.loadingCharts)}</p></main>`
	);
}

/** Computes the overview's headline numbers for one audience and filter. */
async function overviewHeadlines(
	caller: ReturnType<typeof createCaller>,
	catalogue: Catalogue<Messages>,
	state: ViewState
): Promise<Headlines> {
	const filter: DashboardFilter = state.filter;
	const { formats: f, messages } = catalogue;
	const [composition, timeline, vocabulary] = await Promise.all([
		caller.alliance.composition(filter),
		caller.engagement.timeline({ ...filter, interval: state.interval }),
		caller.reference.vocabulary()
	]);
	const countries = vocabulary.alliances
		.filter((a) => filter.alliance === undefined || a.code === filter.alliance)
		.map((a) => a.code);
	const progresses = await Promise.all(
		countries.map((country) => caller.review.progress({ country }).catch(() => null))
	);
	const steps = progresses.flatMap((p) => p?.clusters.flatMap((c) => c.steps) ?? []);
	const total = composition.total;
	return {
		members:
			total === null
				? messages.common.fewerThan(f.count(composition.suppressedBelow ?? 0))
				: f.count(total),
		sectors: f.count(composition.bySector.length),
		regions: f.count(composition.byRegion.length),
		events: f.count(timeline.totals.events),
		participants: f.count(timeline.totals.participants),
		stepsCompleted:
			steps.length === 0
				? messages.common.unknown
				: f.share(steps.filter((s) => s.status === 'completed').length / steps.length)
	};
}

/**
 * Makes the renderer of first views. `budgetMs` bounds how long a page request waits for the
 * numbers: past it the page is sent without them (the dashboard fetches them itself).
 */
export async function createFirstView(deps: ContextDeps & { budgetMs?: number }) {
	const catalogues = await loadCatalogues();
	const tags = [...catalogues.keys()];
	const english = catalogues.get('en');
	if (!english) throw new Error('The English catalogue is missing.');
	const budgetMs = deps.budgetMs ?? 1_500;

	return async function firstView(req: IncomingMessage): Promise<FirstView> {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const { state } = parseViewState(url.searchParams);
		const wanted =
			state.lang !== undefined && catalogues.has(state.lang)
				? state.lang
				: matchLanguage(acceptedLanguages(req.headers['accept-language']), tags, 'en');
		const catalogue = catalogues.get(wanted) ?? english;
		const view: FirstView = { lang: catalogue.meta.tag, dir: catalogue.meta.dir, html: '' };
		const path = url.pathname.replace(/\/+$/, '') || '/';
		if (path !== '/') return view;

		const user = deps.authenticate ? await deps.authenticate(req) : null;
		const caller = createCaller(createContextInner({ ...deps, user }));
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, budgetMs, null)));
		const headlines = await Promise.race([
			overviewHeadlines(caller, catalogue, state).catch(() => null),
			late
		]);
		clearTimeout(timer);
		return headlines ? { ...view, html: headlinesHtml(catalogue.messages, headlines) } : view;
	};
}

/** index.html with the first view in: `lang`/`dir` on `<html>`, the markup inside `#app`. */
export function injectFirstView(indexHtml: string, view: FirstView): string {
	return indexHtml
		.replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(view.lang)}" dir="${view.dir}">`)
		.replace('<div id="app"></div>', `<div id="app">${view.html}</div>`);
}
