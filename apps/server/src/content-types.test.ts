import { describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible } from './content-types.ts';

describe('contentTypeOf', () => {
	it.each([
		{ file: 'index.html', type: 'text/html; charset=utf-8', gzip: true },
		{ file: 'assets/app-1a2b.js', type: 'text/javascript; charset=utf-8', gzip: true },
		{ file: 'assets/app.CSS', type: 'text/css; charset=utf-8', gzip: true },
		{ file: 'logo.svg', type: 'image/svg+xml; charset=utf-8', gzip: true },
		{ file: 'font.woff2', type: 'font/woff2', gzip: false },
		{ file: 'blob.bin', type: 'application/octet-stream', gzip: false }
	])('$file is $type (gzip: $gzip)', ({ file, type, gzip }) => {
		expect(contentTypeOf(file)).toBe(type);
		expect(isCompressible(type)).toBe(gzip);
	});
});
