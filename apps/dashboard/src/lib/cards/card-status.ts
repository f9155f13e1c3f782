/** The state a chart card shows for a query: a skeleton, the chart, why it is empty, or the error. */
import type { QueryStatus } from '../query.svelte.ts';

export type CardStatus = 'loading' | 'ready' | 'empty' | 'error';

export function cardStatus<TData>(
	query: { status: QueryStatus; data: TData | undefined },
	isEmpty: (data: TData) => boolean
): CardStatus {
	if (query.status === 'error') return 'error';
	if (query.data === undefined) return 'loading';
	return isEmpty(query.data) ? 'empty' : 'ready';
}

/** The source line of every card. */
export const source = 'alliance records, UNTOC Alliance Dashboard';

/** What a card says instead of its chart: the error that stopped it, or why it is empty. */
export function cardMessage(options: {
	status: CardStatus;
	/** What failed to load, as the start of a sentence ("The members by sector"). */
	what: string;
	error: string | undefined;
	empty: string;
}): string {
	const { status, what, error, empty } = options;
	return status === 'error' ? `${what} could not be loaded: ${error ?? 'unknown error'}.` : empty;
}
