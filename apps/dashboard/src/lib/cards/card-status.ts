/** The state a chart card shows for a query: a skeleton, the chart, why it is empty, or the error. */
import { m } from '../i18n.svelte.ts';
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

/**
 * The source line of most cards, in English. ChartCard shows it in the page's language (pass it,
 * or pass nothing); `sourceText()` is the same in the page's language for other uses.
 */
export const source = 'alliance records, UNTOC Alliance Dashboard';

/** The source line of most cards in the page's language. */
export const sourceText = (): string => m().chart.card.defaultSource;

/** What a card says instead of its chart: the error that stopped it, or why it is empty. */
export function cardMessage(options: {
	status: CardStatus;
	/**
	 * What failed to load, as the start of a sentence in the page's language ("The members by
	 * sector"); a card with its own whole sentence passes `failed` instead.
	 */
	what?: string;
	/** The whole error sentence in the page's language, given the error's text. */
	failed?: (error: string) => string;
	error: string | undefined;
	empty: string;
}): string {
	const { status, what = '', failed, error, empty } = options;
	if (status !== 'error') return empty;
	const why = error ?? m().common.unknownError;
	return failed ? failed(why) : m().chart.card.failed(what, why);
}
