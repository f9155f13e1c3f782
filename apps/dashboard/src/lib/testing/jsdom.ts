/**
 * Helpers for component tests in jsdom, which has no layout: charts measure their box with
 * `clientWidth` and a ResizeObserver, and cards take a loaded `Query`.
 */
import { expect, vi } from 'vitest';
import { Query } from '../query.svelte.ts';

/**
 * A ResizeObserver that never fires and, when `width` is given, that width for every element's
 * `clientWidth` (the chart box of a card). Call it in `beforeEach`.
 */
export function fakeLayout(width?: number): void {
	vi.stubGlobal(
		'ResizeObserver',
		class {
			observe = vi.fn();
			unobserve = vi.fn();
			disconnect = vi.fn();
		}
	);
	if (width !== undefined)
		vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
}

/** A query that has loaded `data`. */
export async function loadedQuery<T>(data: T): Promise<Query<T>> {
	const query = new Query<T>();
	query.run(() => Promise.resolve(data));
	await vi.waitFor(() => expect(query.status).toBe('ready'));
	return query;
}
