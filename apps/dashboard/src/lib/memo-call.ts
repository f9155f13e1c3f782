/**
 * A small cache of API answers for the page's lifetime: one call per input (compared as JSON), shared
 * while in flight, kept for a few minutes, the least recently used dropped first. A filter that
 * was shown before (Back, a second click that removes a value) then answers without the network.
 * A shared call is never cancelled by one caller's signal; a failed call is forgotten.
 */

export interface MemoOptions {
	/** Answers kept at most. @default 40 */
	size?: number;
	/** How long an answer stays fresh, in ms. @default 300000 */
	maxAge?: number;
	/** The clock, for tests. @default Date.now */
	now?: () => number;
}

let generation = 0;

/** Forgets every cached answer of every `memoCall` (after an edit changed the data). */
export function forgetCachedAnswers(): void {
	generation += 1;
}

/** `load` with its answers cached by input. */
export function memoCall<TInput, TOutput>(
	load: (input: TInput, signal: AbortSignal) => Promise<TOutput>,
	options: MemoOptions = {}
): (input: TInput, signal: AbortSignal) => Promise<TOutput> {
	const { size = 40, maxAge = 300_000, now = Date.now } = options;
	const entries = new Map<string, { at: number; answer: Promise<TOutput> }>();
	let seen = generation;
	return (input) => {
		if (seen !== generation) {
			entries.clear();
			seen = generation;
		}
		const key = JSON.stringify(input);
		const hit = entries.get(key);
		entries.delete(key);
		if (hit && now() - hit.at <= maxAge) {
			entries.set(key, hit);
			return hit.answer;
		}
		const answer = load(input, new AbortController().signal);
		entries.set(key, { at: now(), answer });
		answer.catch(() => {
			if (entries.get(key)?.answer === answer) entries.delete(key);
		});
		const oldest = entries.keys().next();
		if (entries.size > size && oldest.done !== true) entries.delete(oldest.value);
		return answer;
	};
}
