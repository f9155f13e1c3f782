import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isHttps, isSameOrigin } from './same-origin.ts';

function request(method: string, headers: Record<string, string>, encrypted = false) {
	return { method, headers, socket: { encrypted } } as unknown as IncomingMessage;
}

const direct = { trustProxy: false };
const proxied = { trustProxy: true };

describe('isSameOrigin', () => {
	it('lets safe methods through whatever their headers say', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS']) {
			expect(isSameOrigin(request(method, { origin: 'https://evil.example' }), direct)).toBe(true);
		}
	});

	it('accepts a POST whose Origin is the Host (scheme included), refuses any other', () => {
		const host = { host: 'dash.example.org' };
		expect(
			isSameOrigin(request('POST', { ...host, origin: 'http://dash.example.org' }), direct)
		).toBe(true);
		expect(
			isSameOrigin(request('POST', { ...host, origin: 'https://dash.example.org' }), direct)
		).toBe(false);
		expect(isSameOrigin(request('POST', { ...host, origin: 'http://evil.example' }), direct)).toBe(
			false
		);
		expect(isSameOrigin(request('POST', { ...host, origin: 'null' }), direct)).toBe(false);
		expect(
			isSameOrigin(request('DELETE', { ...host, origin: 'http://evil.example' }), direct)
		).toBe(false);
	});

	it('goes by Sec-Fetch-Site when the browser sends it', () => {
		const post = (site: string) => request('POST', { host: 'a.example', 'sec-fetch-site': site });
		expect(isSameOrigin(post('same-origin'), direct)).toBe(true);
		expect(isSameOrigin(post('none'), direct)).toBe(true);
		expect(isSameOrigin(post('same-site'), direct)).toBe(false);
		expect(isSameOrigin(post('cross-site'), direct)).toBe(false);
	});

	it('lets a POST without Origin or Sec-Fetch-Site through (not a browser)', () => {
		expect(isSameOrigin(request('POST', { host: 'a.example' }), direct)).toBe(true);
	});

	it('uses X-Forwarded-Host and -Proto only behind a trusted proxy', () => {
		const headers = {
			host: '127.0.0.1:3000',
			origin: 'https://dash.example.org',
			'x-forwarded-host': 'dash.example.org',
			'x-forwarded-proto': 'https'
		};
		expect(isSameOrigin(request('POST', headers), proxied)).toBe(true);
		expect(isSameOrigin(request('POST', headers), direct)).toBe(false);
		expect(isHttps(request('POST', headers), proxied)).toBe(true);
		expect(isHttps(request('POST', headers), direct)).toBe(false);
		expect(isHttps(request('POST', {}, true), direct)).toBe(true);
	});
});
