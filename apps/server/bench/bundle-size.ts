/** The dashboard's first-load JavaScript and CSS, gzip -9, as index.html references them. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of the first load, or why it could not be measured. */
export type BundleSize =
	| { measured: true; jsGzip: number; cssGzip: number; files: string[] }
	| { measured: false; note: string };

function referencedFiles(html: string): string[] {
	const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
	const links = [...html.matchAll(/<link[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="(stylesheet|modulepreload)"/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1]);
	return [...scripts, ...links].filter((f): f is string => f?.startsWith('/') ?? false);
}

/** Measures the files `dist/index.html` loads first (scripts, module preloads, stylesheets). */
export async function firstLoadSize(dist: string): Promise<BundleSize> {
	const html = await readFile(join(dist, 'index.html'), 'utf8').catch(() => null);
	if (html === null) return { measured: false, note: `no ${dist}/index.html: run pnpm build` };
	const files = referencedFiles(html);
	let jsGzip = 0;
	let cssGzip = 0;
	for (const file of files) {
		const size = gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
		if (file.endsWith('.css')) cssGzip += size;
		else jsGzip += size;
	}
	return { measured: true, jsGzip, cssGzip, files };
}
