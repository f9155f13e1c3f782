/**
 * The page of the address bar: a tiny `location.pathname` switch (no router library). Links are
 * plain `<a href>`; a click moves with `history.pushState`, keeping the query string (the view
 * state is shared by every page), and Back/Forward re-read it on `popstate`.
 */
import { m } from './i18n.svelte.ts';

/** The pages, in the order of the navigation; their names are in the catalogue (`pageLabel`). */
export const pages = [
	{ page: 'overview', path: '/' },
	{ page: 'alliance', path: '/alliance' },
	{ page: 'engagement', path: '/engagement' },
	{ page: 'review', path: '/review' },
	{ page: 'signin', path: '/signin', nav: false },
	{ page: 'admin', path: '/admin', role: 'admin', nav: false },
	{ page: 'import', path: '/import', role: 'editor' },
	{ page: 'brief', path: '/brief', nav: false }
] as const;

export type Page = (typeof pages)[number]['page'];

/** The name of a page in the page's language ("Review progress"). */
export function pageLabel(page: Page): string {
	return m().app.pages[page];
}

/**
 * Whether a page's link belongs in the main navigation for a user who `can` (a role check):
 * not when it says `nav: false` (the account control links to it), nor when it needs a `role`
 * the user lacks.
 */
export function inNav(
	page: (typeof pages)[number],
	can: (role: 'analyst' | 'editor' | 'admin') => boolean
): boolean {
	if ('nav' in page && page.nav === false) return false;
	return !('role' in page) || can(page.role);
}

/** The page of a pathname; unknown paths show the overview. */
export function pageOf(pathname: string): Page {
	const path = pathname.replace(/\/+$/, '') || '/';
	return pages.find((p) => p.path === path)?.page ?? 'overview';
}

export class Route {
	page = $state<Page>('overview');
	#window: Window;

	constructor(win: Window = window) {
		this.#window = win;
		this.page = pageOf(win.location.pathname);
		win.addEventListener('popstate', () => (this.page = pageOf(win.location.pathname)));
	}

	/** Goes to `path`, keeping the view state in the query string. */
	go(path: string): void {
		const { location, history } = this.#window;
		if (location.pathname !== path) history.pushState(null, '', `${path}${location.search}`);
		this.page = pageOf(path);
		this.#window.scrollTo?.(0, 0);
	}

	/** A link's click handler: plain left clicks navigate in place; others open as usual. */
	follow(event: MouseEvent, path: string): void {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
			return;
		event.preventDefault();
		this.go(path);
	}
}
