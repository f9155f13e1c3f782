/** Content types of the files a Vite build emits, and which of them are worth compressing. */
import { extname } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm'
};

/** The Content-Type of a file, by its extension (`application/octet-stream` when unknown). */
export function contentTypeOf(file: string): string {
	return types[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether gzip pays off for this content type (text formats, not images or fonts). */
export function isCompressible(contentType: string): boolean {
	return /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/.test(contentType);
}
