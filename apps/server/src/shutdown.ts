/** Stops an HTTP server gracefully: no new connections, idle ones closed, in-flight ones finished. */
import type { Server } from 'node:http';

/** How long in-flight requests may take before their connections are cut. */
export const shutdownTimeoutMs = 10_000;

/**
 * Stops accepting, closes idle keep-alive connections as they go idle, and resolves once every
 * connection is closed; after `timeoutMs` the remaining connections are closed forcibly.
 */
export function closeGracefully(
	server: Server,
	options: { timeoutMs?: number } = {}
): Promise<void> {
	const timeoutMs = options.timeoutMs ?? shutdownTimeoutMs;
	return new Promise((resolve, reject) => {
		const sweep = setInterval(() => server.closeIdleConnections(), 50);
		const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
		server.close((error) => {
			clearInterval(sweep);
			clearTimeout(deadline);
			if (error) reject(error);
			else resolve();
		});
		server.closeIdleConnections();
	});
}
