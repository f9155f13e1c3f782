/**
 * Requests Node's HTTP parser rejects before any handler runs (headers over its 16 kB limit, e.g.
 * a URL of 20,000 characters; malformed request lines) get a JSON answer like every other error,
 * instead of Node's bare status line with no body and none of the security headers.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** The answer to a request the parser rejected: 431 for headers too large, else 400. */
export function clientErrorReply(error: NodeJS.ErrnoException): string {
	const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
	const status = tooLarge ? 431 : 400;
	const body = JSON.stringify({
		error: tooLarge ? 'Request headers (or URL) too large' : 'Malformed HTTP request'
	});
	return [
		`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
		'Content-Type: application/json; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		'X-Content-Type-Options: nosniff',
		'Connection: close',
		'',
		body
	].join('\r\n');
}

/** The server's `clientError` listener: answers in JSON when the socket can still take it. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
	if (error.code === 'ECONNRESET' || !socket.writable) {
		socket.destroy();
		return;
	}
	socket.end(clientErrorReply(error));
}
