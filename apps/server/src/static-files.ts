/**
 * Serves the built dashboard: static files with their content type, gzip when accepted, immutable
 * caching for hashed `/assets/*`, the SPA fallback to index.html, and never a file outside `dist`.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { contentTypeOf, isCompressible } from './content-types.ts';
import { injectFirstView, type FirstView } from './first-view.ts';

const gzipAsync = promisify(gzip);

interface FileBody {
	mtimeMs: number;
	raw: Buffer;
	gzipped: Buffer | undefined;
}

/** Where the files come from. */
export interface StaticOptions {
	/** Absolute path of the built dashboard (Vite's `dist`). */
	root: string;
	/**
	 * The first view of a page request (language, and the overview's numbers), once the database
	 * is ready; index.html is sent as built until then.
	 */
	firstView?: () => ((req: IncomingMessage) => Promise<FirstView>) | undefined;
}

/** The file a URL path names inside `root`, or null if the path is malformed or escapes it. */
export function resolveInside(root: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	if (decoded.includes('\0') || decoded.includes('\\')) return null;
	const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
	return file === root || file.startsWith(root + sep) ? file : null;
}

async function fileAt(path: string): Promise<{ path: string; mtimeMs: number } | null> {
	const info = await stat(path).catch(() => null);
	return info?.isFile() === true ? { path, mtimeMs: info.mtimeMs } : null;
}

function send(res: ServerResponse, status: number, text: string): void {
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** Makes the request handler for everything outside `/trpc` and `/healthz`. */
export function createStaticHandler(options: StaticOptions) {
	const root = resolve(options.root);
	const indexPath = join(root, 'index.html');
	const bodies = new Map<string, FileBody>();

	async function bodyOf(file: { path: string; mtimeMs: number }): Promise<FileBody> {
		const cached = bodies.get(file.path);
		if (cached?.mtimeMs === file.mtimeMs) return cached;
		const raw = await readFile(file.path);
		const compress = isCompressible(contentTypeOf(file.path)) && raw.length > 256;
		const body = {
			mtimeMs: file.mtimeMs,
			raw,
			gzipped: compress ? await gzipAsync(raw) : undefined
		};
		bodies.set(file.path, body);
		return body;
	}

	async function locate(urlPath: string): Promise<{ path: string; mtimeMs: number } | null> {
		const target = resolveInside(root, urlPath);
		if (target === null) return null;
		const file = await fileAt(target);
		if (file !== null || extname(urlPath) !== '') return file;
		return fileAt(join(root, 'index.html'));
	}

	return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return send(res, 405, 'Method not allowed');
		}
		if ((await fileAt(join(root, 'index.html'))) === null) {
			return send(res, 503, 'The dashboard is not built yet: run `pnpm build`, then reload.');
		}
		const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
		const file = await locate(urlPath);
		if (file === null) return send(res, 404, 'Not found');
		const body = await bodyOf(file);
		const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		const render = file.path === indexPath ? options.firstView?.() : undefined;
		if (render) {
			const html = Buffer.from(injectFirstView(body.raw.toString('utf8'), await render(req)));
			const payload = acceptsGzip ? await gzipAsync(html) : html;
			res.writeHead(200, {
				'Content-Type': contentTypeOf(file.path),
				'Content-Length': payload.length,
				'Cache-Control': 'no-cache',
				Vary: 'Accept-Encoding, Accept-Language, Cookie',
				...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : payload);
			return;
		}
		const useGzip = body.gzipped !== undefined && acceptsGzip;
		const payload = useGzip && body.gzipped ? body.gzipped : body.raw;
		res.writeHead(200, {
			'Content-Type': contentTypeOf(file.path),
			'Content-Length': payload.length,
			'Cache-Control': file.path.startsWith(join(root, 'assets') + sep)
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			Vary: 'Accept-Encoding',
			...(useGzip ? { 'Content-Encoding': 'gzip' } : {})
		});
		res.end(req.method === 'HEAD' ? undefined : payload);
	};
}
