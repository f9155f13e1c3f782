import { describe, expect, it } from 'vitest';
import { resolveInside } from './static-files.ts';

describe('resolveInside', () => {
	it.each([
		{ path: '/index.html', expected: '/srv/dist/index.html' },
		{ path: '/assets/a%20b.js', expected: '/srv/dist/assets/a b.js' },
		{ path: '/', expected: '/srv/dist' },
		{ path: '/a/../b.js', expected: '/srv/dist/b.js' },
		{ path: '/../x', expected: null },
		{ path: '/..%2f..%2fetc/passwd', expected: null },
		{ path: '/%2e%2e/x', expected: null },
		{ path: '/..%5cx', expected: null },
		{ path: '/x%00.js', expected: null },
		{ path: '/%E0%A4%A', expected: null },
		{ path: '/../dist-other/x', expected: null }
	])('$path → $expected', ({ path, expected }) => {
		expect(resolveInside('/srv/dist', path)).toBe(expected);
	});
});
