/** The view state ⇄ the URL's query string, with the schema's parser and serializer. */
import {
	parseViewState,
	serializeViewState,
	type ViewState,
	type ViewStateProblem
} from '@untoc-alliance/schema';

/** The query string of a view state (`?sectors=academia,ngo`), or `''` for the defaults. */
export function toSearch(state: ViewState): string {
	const search = serializeViewState(state).toString().replaceAll('%2C', ',');
	return search ? `?${search}` : '';
}

/** The view state of a query string, and the values that were rejected. */
export function fromSearch(search: string): { state: ViewState; problems: ViewStateProblem[] } {
	return parseViewState(new URLSearchParams(search));
}
