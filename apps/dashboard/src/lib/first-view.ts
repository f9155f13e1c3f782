/**
 * The headline numbers the server rendered into `#app` (see apps/server/src/first-view.ts), kept
 * when the app replaces that markup, so the overview shows them instead of "loading" until its
 * own answers arrive. They only stand for the address and language they were rendered for.
 */

interface Rendered {
	search: string;
	lang: string;
	values: string[];
}

let rendered: Rendered | undefined;

/**
 * Reads the rendered numbers out of `target` (call before mounting over it); `search` is the view
 * state's query string as `toSearch` writes it.
 */
export function keepFirstView(target: Element, search: string, lang: string): void {
	const values = [...target.querySelectorAll('[data-first-view]')].map(
		(el) => el.getAttribute('data-first-view') ?? ''
	);
	rendered = values.length > 0 ? { search, lang, values } : undefined;
}

/**
 * The `index`th rendered number if the page is still at the address and in the language it was
 * rendered for, else undefined.
 */
export function firstViewValue(index: number, search: string, lang: string): string | undefined {
	if (rendered?.search !== search || rendered.lang !== lang) return undefined;
	return rendered.values[index];
}
