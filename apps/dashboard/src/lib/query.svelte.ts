/**
 * One API call's state for the UI: loading, ready (with the data, kept in `$state.raw` since
 * results can be large and are replaced, never mutated) or error. A new run cancels the previous
 * one, and a response that arrives after it was superseded is ignored.
 */
export type QueryStatus = 'idle' | 'loading' | 'ready' | 'error';

export class Query<TData> {
	status = $state<QueryStatus>('idle');
	data = $state.raw<TData | undefined>(undefined);
	error = $state<string | undefined>(undefined);
	#controller: AbortController | undefined;
	#load: ((signal: AbortSignal) => Promise<TData>) | undefined;

	/** Starts `load`, cancelling any run still in flight. */
	run(load: (signal: AbortSignal) => Promise<TData>): void {
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		this.#load = load;
		this.status = 'loading';
		load(controller.signal).then(
			(data) => {
				if (controller.signal.aborted) return;
				this.data = data;
				this.error = undefined;
				this.status = 'ready';
			},
			(error: unknown) => {
				if (controller.signal.aborted) return;
				this.error = error instanceof Error ? error.message : String(error);
				this.status = 'error';
			}
		);
	}

	/** Runs the last call again (the Retry button). */
	retry(): void {
		if (this.#load) this.run(this.#load);
	}

	/** Cancels the run in flight, if any. */
	cancel(): void {
		this.#controller?.abort();
	}
}
