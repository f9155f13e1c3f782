/** Headers every response carries (OWASP ASVS 3.4): no sniffing, no referrer, a strict CSP. */
import type { ServerResponse } from 'node:http';

/** The Content-Security-Policy: the dashboard is a Vite build without inline scripts. */
export const contentSecurityPolicy =
	"default-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Sets the security headers on a response before anything else writes to it. */
export function setSecurityHeaders(res: ServerResponse): void {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'no-referrer');
	res.setHeader('Content-Security-Policy', contentSecurityPolicy);
}
