/**
 * Where to go back to after signing in: the page the "Sign in" link was followed from, kept in
 * `sessionStorage` (so a reload of the sign-in page keeps it). Only paths of the dashboard's own
 * pages are kept, so the sign-in page can never send anyone elsewhere.
 */
import { pages } from '../route.svelte.ts';

const key = 'untoc-return-to';

function isOwnPage(path: string): boolean {
	return pages.some((p) => p.path === path && p.page !== 'signin');
}

/** Remembers `path` (a pathname) as the page to return to. */
export function rememberReturn(path: string, storage: Storage = sessionStorage): void {
	if (isOwnPage(path)) storage.setItem(key, path);
}

/** The page to return to (and forgets it); `/` when none was remembered. */
export function takeReturn(storage: Storage = sessionStorage): string {
	const path = storage.getItem(key);
	storage.removeItem(key);
	return path !== null && isOwnPage(path) ? path : '/';
}
