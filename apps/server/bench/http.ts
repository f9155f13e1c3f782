/** Load on one procedure over HTTP with autocannon: 10 connections, no pipelining. */
import autocannon from 'autocannon';

/** What one autocannon run measured; latencies in milliseconds. */
export interface HttpResult {
	p50: number;
	p99: number;
	requestsPerSecond: number;
	requests: number;
	non2xx: number;
	errors: number;
}

/**
 * Loads `url` for `seconds` (after an unrecorded warm-up of a fifth of that, at most 2 s), each
 * connection cycling through the GET paths of `inputs`.
 */
export async function loadProcedure(options: {
	url: string;
	procedure: string;
	inputs: readonly unknown[];
	seconds: number;
}): Promise<HttpResult> {
	const requests = options.inputs.map((input) => ({
		method: 'GET' as const,
		path: `/trpc/${options.procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
	}));
	const run = (duration: number) =>
		autocannon({
			url: options.url,
			connections: 10,
			pipelining: 1,
			duration,
			workers: 1,
			requests
		});
	await run(Math.min(2, Math.max(1, options.seconds / 5)));
	const result = await run(options.seconds);
	return {
		p50: result.latency.p50,
		p99: result.latency.p99,
		requestsPerSecond: result.requests.average,
		requests: result.requests.total,
		non2xx: result.non2xx,
		errors: result.errors
	};
}
