/**
 * Hostile HTTP below the procedures: malformed and deep JSON, `?input=` that is not JSON, wrong
 * content types and methods, a URL over the limit and over Node's header limit, a body over the
 * limit, a batch of 11, a malformed request line. Never a 5xx, always JSON, never a stack, nothing
 * written, and `/healthz` still answers.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxUrlLength, type RunningServer } from './app.ts';
import { maxBodySize } from './trpc-handler.ts';
import {
	expectSafe,
	postJson,
	send,
	startPropertyServer,
	type ErrorBody,
	type PropertyServer,
	type Reply
} from './test-properties.ts';

let running: PropertyServer;
let server: RunningServer;
const snapshot = () => running.snapshot();

beforeAll(async () => {
	running = await startPropertyServer();
	server = running.server;
});

afterAll(() => running.close());

/** Sends a raw request and checks the reply is safe (under 500, JSON, no leaks). */
async function raw(where: string, url: string, init?: RequestInit): Promise<Reply> {
	const res = await send(url, init);
	const reply: Reply = { via: init?.method === 'POST' ? 'POST' : 'GET', ...res, size: 0 };
	expectSafe(reply, where);
	return reply;
}

/** Writes `head` as is on a new connection and returns everything the server answers. */
function rawRequest(head: string): Promise<string> {
	const { hostname, port } = new URL(server.url);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => socket.write(head));
		let text = '';
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (text += chunk));
		socket.on('end', () => resolve(text));
		socket.on('error', reject);
	});
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile HTTP requests', { timeout: 60_000 }, () => {
	const members = () => `${server.url}/trpc/members.list`;

	it.each([
		['malformed JSON', '{"alliance":', 400],
		['an empty body', '', 400],
		['JSON null', 'null', 400],
		['a bare string', '"PAK"', 400],
		['nested JSON 10,000 levels deep', nested(10_000), 400],
		['a __proto__ key', '{"__proto__":{"polluted":true},"alliance":"PAK"}', 400],
		['a constructor key', '{"constructor":{"prototype":{"polluted":true}}}', 400],
		['a lone surrogate escape', '{"q":"\\ud800"}', 200],
		['NUL in a string', '{"q":"a\\u0000b"}', 200],
		[
			'invalid UTF-8 bytes',
			Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
			200
		]
	])('a query POSTed with %s answers %i, without a stack', async (what, body, status) => {
		const before = snapshot();
		const reply = await raw(what, members(), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body
		});
		expect(reply.status).toBe(status);
		expect(snapshot()).toEqual(before);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('names __proto__ as an unknown field', async () => {
		const reply = await raw('__proto__', members(), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"__proto__":{"polluted":true}}'
		});
		const body = JSON.parse(reply.text) as ErrorBody;
		expect(body.error.data.issues).toEqual([
			{ path: '__proto__', message: 'Unknown field "__proto__"' }
		]);
	});

	it.each([
		['not JSON', 'not%20json', 400],
		['truncated JSON', encodeURIComponent('{"alliance":"PA'), 400],
		['nested JSON 300 levels deep', encodeURIComponent(nested(300)), 400],
		['nested JSON 10,000 levels deep (too long a URL)', encodeURIComponent(nested(10_000)), 431],
		['a stray percent sign', '%E0%A4%A', 400],
		['an empty value', '', 400]
	])('?input= that is %s answers %i', async (what, input, status) => {
		const reply = await raw(what, `${members()}?input=${input}`);
		expect(reply.status).toBe(status);
	});

	it("rejects a URL over the limit with 414, and one over Node's header limit with 431", async () => {
		const long = await raw('long URL', `${members()}?input=${'x'.repeat(maxUrlLength)}`);
		expect(long.status).toBe(414);
		expect(JSON.parse(long.text)).toEqual({ error: 'URI too long' });
		const huge = await raw('huge URL', `${members()}?input=${'x'.repeat(20_000)}`);
		expect(huge.status).toBe(431);
		expect(JSON.parse(huge.text)).toEqual({ error: 'Request headers (or URL) too large' });
	});

	it('rejects a body over the limit with 413, for a query and for a mutation path', async () => {
		const body = JSON.stringify({ q: 'x'.repeat(maxBodySize) });
		for (const url of [members(), `${server.url}/trpc/no.such.mutation`]) {
			const reply = await raw('huge body', url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body
			});
			expect([404, 413]).toContain(reply.status);
		}
		const query = await postJson(members(), body);
		expect(query.status).toBe(413);
	});

	it('rejects a batch of 11 calls with 400', async () => {
		const paths = Array.from({ length: 11 }, () => 'auth.me').join(',');
		const reply = await raw('batch of 11', `${server.url}/trpc/${paths}?batch=1&input={}`);
		expect(reply.status).toBe(400);
	});

	it('answers a batch mixing good and bad calls call by call', async () => {
		const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: { sectors: ['nope'] } }));
		const url = `${server.url}/trpc/alliance.composition,members.list?batch=1&input=${input}`;
		const reply = await raw('mixed batch', url);
		expect(reply.status).toBe(207);
		const [ok, bad] = JSON.parse(reply.text) as [{ result?: unknown }, ErrorBody];
		expect(ok.result).toBeDefined();
		expect(bad.error.data.issues?.[0]?.path).toBe('sectors[0]');
	});

	it('rejects a POST of another content type with 415, in JSON', async () => {
		for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
			const reply = await raw(type, members(), {
				method: 'POST',
				headers: { 'Content-Type': type },
				body: '{}'
			});
			expect(reply.status).toBe(415);
			expect(JSON.parse(reply.text)).toEqual({ error: 'POST bodies must be application/json' });
		}
	});

	it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with a 4xx', async (method) => {
		const reply = await raw(method, members(), { method });
		expect(reply.status).toBeGreaterThanOrEqual(400);
		expect(JSON.parse(reply.text)).toHaveProperty('error');
	});

	it('answers a malformed request line with 400 in JSON', async () => {
		const reply = await rawRequest('GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
		expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
		expect(JSON.parse(reply.split('\r\n\r\n')[1] ?? '')).toEqual({
			error: 'Malformed HTTP request'
		});
	});

	it('answers an unknown or hostile procedure path with 404', async () => {
		for (const path of ['nope', '__proto__', 'constructor', 'members.__proto__', '..%2f..']) {
			const reply = await raw(path, `${server.url}/trpc/${path}`);
			expect(reply.status).toBe(404);
		}
	});

	it('still answers /healthz after all of it', async () => {
		const res = await fetch(`${server.url}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok' });
	});
});
