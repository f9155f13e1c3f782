/**
 * Cross-site request forgery protection for every state-changing request (any method but GET,
 * HEAD and OPTIONS): tRPC mutations, `/auth/*` and `/api/import`. As in Go's
 * `http.CrossOriginProtection`, a request is refused with 403 when the browser says it is
 * cross-site (`Sec-Fetch-Site` other than `same-origin` or `none`), or when its `Origin` names
 * another host than the request's `Host`. Requests with neither header do not come from a
 * browser (every browser sends one of them on a POST) and so cannot carry a victim's cookie
 * without their consent: they pass, so that `curl` and scripts keep working.
 * With `trustProxy`, `X-Forwarded-Host` and `X-Forwarded-Proto` (set by the proxy in front of the
 * server) stand in for the `Host` and the scheme.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Whether the server sits behind a proxy whose `X-Forwarded-*` headers it believes. */
export interface ProxyOptions {
	trustProxy: boolean;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function firstHeader(req: IncomingMessage, name: string): string | undefined {
	const value = req.headers[name];
	const text = Array.isArray(value) ? value[0] : value;
	const first = text?.split(',')[0]?.trim();
	return first === '' ? undefined : first;
}

/** The host the client addressed (`example.org:8443`), in lower case. */
export function requestHost(req: IncomingMessage, options: ProxyOptions): string | undefined {
	const host =
		(options.trustProxy ? firstHeader(req, 'x-forwarded-host') : undefined) ?? req.headers.host;
	return host?.toLowerCase();
}

/** Whether the request reached us (or, behind a trusted proxy, the proxy) over HTTPS. */
export function isHttps(req: IncomingMessage, options: ProxyOptions): boolean {
	if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
	return options.trustProxy && firstHeader(req, 'x-forwarded-proto')?.toLowerCase() === 'https';
}

/** Whether a request may change state: a safe method, or same-origin as described above. */
export function isSameOrigin(req: IncomingMessage, options: ProxyOptions): boolean {
	if (safeMethods.has(req.method ?? 'GET')) return true;
	const site = firstHeader(req, 'sec-fetch-site');
	if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
	const origin = firstHeader(req, 'origin');
	if (origin === undefined) return true;
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		return false;
	}
	const scheme = isHttps(req, options) ? 'https:' : 'http:';
	return url.host === requestHost(req, options) && url.protocol === scheme;
}

/** Answers 403 and returns true when `isSameOrigin` refuses the request; false otherwise. */
export function refuseCrossOrigin(
	req: IncomingMessage,
	res: ServerResponse,
	options: ProxyOptions
): boolean {
	if (isSameOrigin(req, options)) return false;
	res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(
		JSON.stringify({ error: 'Cross-site request refused: send it from the dashboard itself' })
	);
	return true;
}
