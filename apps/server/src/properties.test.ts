/**
 * Property-based tests over HTTP: every procedure of `appRouter` (found by walking the router, so
 * new ones are covered without listing them) gets random valid inputs and hostile ones made from
 * its own zod input schema, on the real server with a real SQLite file. Whatever comes in: never
 * a 5xx, always JSON without a stack, a file path or SQL, a 400 names the fields zod names, and a
 * rejected call leaves the database exactly as it was.
 */
import fc from 'fast-check';
import { appRouter } from '@untoc-alliance/api';
import { hostileInput, validInput, type HostileSample } from '@untoc-alliance/schema/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { maxUrlLength, type RunningServer } from './app.ts';
import { maxBodySize } from './trpc-handler.ts';
import {
	anonymous,
	expectSafe,
	fieldsOf,
	nodeHeaderLimit,
	overTheWire,
	postJson,
	send,
	startPropertyServer,
	type Caller,
	type ErrorBody,
	type PropertyServer,
	type Reply
} from './test-properties.ts';
import { cookieFor, queryUrl } from './test-server.ts';

/** Fixed, so that a failure reproduces; fast-check prints the seed and path of a failure. */
const seed = 6_2026;
/** Runs per procedure and kind of input: keeps the file well under a minute on two cores. */
const numRuns = 15;
/** Runs per procedure, kind of input and signed-in role. */
const signedInRuns = 8;
/** Runs for a procedure the caller may not call: every one is the same 403. */
const refusedRuns = 3;

let running: PropertyServer;
let server: RunningServer;
const snapshot = () => running.snapshot();

beforeAll(async () => {
	running = await startPropertyServer();
	server = running.server;
});

afterAll(() => running.close());

// ---------------------------------------------------------------------------------------------
// The procedures

interface Procedure {
	path: string;
	type: 'query' | 'mutation';
	/** The procedure's own input schema; undefined when it takes no input. */
	input: z.ZodType | undefined;
}

interface ProcedureDef {
	_def: { type: string; inputs: unknown[] };
}

function procedures(): Procedure[] {
	// tRPC keeps the procedures flat by dotted path at runtime (the type describes the nesting).
	const all = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
	return Object.entries(all).map(([path, { _def }]) => {
		if (_def.type !== 'query' && _def.type !== 'mutation') {
			throw new Error(`${path}: no property test for a ${_def.type}`);
		}
		if (_def.inputs.length > 1) throw new Error(`${path}: merged inputs are not supported here`);
		return { path, type: _def.type, input: _def.inputs[0] as z.ZodType | undefined };
	});
}

/**
 * Calls a procedure with `input`: a query by GET (and by POST too when the URL is over the limit,
 * so that the input still reaches the parser), a mutation by JSON POST.
 */
async function call(procedure: Procedure, input: unknown, caller: Caller): Promise<Reply[]> {
	const url = `${server.url}/trpc/${procedure.path}`;
	const body = input === undefined ? '' : JSON.stringify(input);
	const post = async (): Promise<Reply> => {
		const reply = await postJson(url, body, caller.headers);
		return { via: 'POST', ...reply, size: Buffer.byteLength(body) };
	};
	if (procedure.type === 'mutation') return [await post()];
	const getUrl = input === undefined ? url : queryUrl(server.url, procedure.path, input);
	const reply = await send(getUrl, { headers: caller.headers });
	const get: Reply = { via: 'GET', ...reply, size: getUrl.length };
	return get.size > maxUrlLength ? [get, await post()] : [get];
}

/** A procedure as one caller sees it: `forbidden` when the caller's role may not call it. */
interface Target {
	procedure: Procedure;
	caller: Caller;
	forbidden: boolean;
}

/**
 * Calls `procedure` with `input` and checks the replies against what the procedure's own schema
 * says of the input, and the database against its state before the call: a query never writes,
 * a rejected call never writes.
 */
async function check(target: Target, input: unknown): Promise<void> {
	const { procedure, caller, forbidden } = target;
	const before = snapshot();
	const replies = await call(procedure, input, caller);
	const verdict = procedure.input?.safeParse(overTheWire(input));
	let rejected = false;
	for (const reply of replies) {
		const where = `${caller.name} ${reply.via} ${procedure.path} ${JSON.stringify(input)?.slice(0, 300)}`;
		const error = expectSafe(reply, where);
		rejected ||= reply.status >= 400;
		if (reply.via === 'GET' && reply.size > maxUrlLength) {
			// 414 from the server; 431 from Node once the whole request head passes its limit.
			expect(reply.size > nodeHeaderLimit ? [431] : [414, 431], where).toContain(reply.status);
		} else if (forbidden) {
			// Refused for the caller's role before the input (or the body) is even read.
			expect(reply.status, where).toBe(403);
		} else if (reply.via === 'POST' && reply.size > maxBodySize) {
			// A procedure without input never reads the body.
			expect(reply.status, where).toBe(procedure.input ? 413 : 200);
		} else if (verdict && !verdict.success) {
			expect(reply.status, where).toBe(400);
			const fields = error?.error.data.issues?.map((i) => i.path);
			expect(fields, where).toEqual(fieldsOf(verdict.error));
		} else if (reply.status !== 200) {
			// Valid input the data cannot serve: an unknown id (404), a stale version (409), a
			// check of the resolver (400 naming the field), an admin changing their own role (403).
			expect([400, 403, 404, 409], where).toContain(reply.status);
			if (reply.status === 400) expect(error?.error.data.issues?.length, where).toBeGreaterThan(0);
		}
	}
	if (procedure.type === 'query' || rejected) {
		const changed = `${caller.name} ${procedure.path}: the database changed`;
		expect(snapshot(), changed).toEqual(before);
	}
}

/** Whether the caller's role may not call the procedure at all (403 for a valid input). */
async function isForbidden(procedure: Procedure, caller: Caller): Promise<boolean> {
	const input = procedure.input
		? fc.sample(validInput(procedure.input), { seed, numRuns: 1 })[0]
		: undefined;
	const [reply] = await call(procedure, input, caller);
	if (reply?.status !== 403) return false;
	const { error } = JSON.parse(reply.text) as ErrorBody;
	return error.message.includes('sign in as');
}

const all = procedures();

/** Random valid and hostile inputs to every procedure, as `caller` (made in `beforeAll`). */
function properties(callerOf: () => Caller, runs: number, procedures: readonly Procedure[] = all) {
	it.each(procedures.map((p) => [p.path, p] as const))(
		'%s: random valid inputs answer without a 5xx',
		async (_path, procedure) => {
			const caller = callerOf();
			const forbidden = await isForbidden(procedure, caller);
			const inputs: fc.Arbitrary<unknown> = procedure.input
				? validInput(procedure.input)
				: fc.constant(undefined);
			await fc.assert(
				fc.asyncProperty(inputs, (input) => check({ procedure, caller, forbidden }, input)),
				{ seed, numRuns: forbidden ? refusedRuns : runs, endOnFailure: true }
			);
		}
	);

	it.each(procedures.map((p) => [p.path, p] as const))(
		'%s: hostile inputs get a 4xx naming the field, and write nothing',
		async (_path, procedure) => {
			const caller = callerOf();
			const forbidden = await isForbidden(procedure, caller);
			const samples: fc.Arbitrary<HostileSample> = hostileInput(procedure.input ?? z.undefined());
			await fc.assert(
				fc.asyncProperty(samples, (sample) =>
					check({ procedure, caller, forbidden }, sample.value)
				),
				{ seed, numRuns: forbidden ? refusedRuns : runs, endOnFailure: true }
			);
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		}
	);
}

describe('every procedure over HTTP', () => {
	it('covers every procedure of the router, queries and mutations', () => {
		const paths = all.map((p) => p.path);
		expect(paths).toContain('members.list');
		expect(paths).toContain('auth.me');
		expect(all.length).toBeGreaterThanOrEqual(18);
	});
});

describe('every procedure over HTTP, anonymous', { timeout: 120_000 }, () => {
	properties(() => anonymous, numRuns);
});

// Queries answer every signed-in role alike (the full audience): the admin covers them, and the
// editor the mutations, which an editor reaches and then validates.
const signedIn = [
	['editor', all.filter((p) => p.type === 'mutation')],
	['admin', all]
] as const;

for (const [role, procedures] of signedIn) {
	describe(`every procedure over HTTP, signed in as ${role}`, { timeout: 120_000 }, () => {
		let caller: Caller;
		beforeAll(async () => {
			const cookie = await cookieFor(server, role);
			caller = { name: role, headers: { Cookie: cookie, Origin: server.url } };
		});
		properties(() => caller, signedInRuns, procedures);
	});
}

// ---------------------------------------------------------------------------------------------
// Regressions: bugs the properties found, as fixed examples

describe('regressions found by the properties', { timeout: 30_000 }, () => {
	it("events far from UNTOC's era are refused; the widest allowed span still charts", async () => {
		// Found with seed 62026: an editor's random valid `events.create` put an event in year 1;
		// `engagement.timeline` and `engagement.participation` with no period then made more than
		// 2,000 monthly buckets, failed their own output schema and answered 500. Record dates are
		// now bounded (1990 to 2100), which keeps "all time" under 1,400 months.
		const editor = { Cookie: await cookieFor(server, 'editor'), Origin: server.url };
		const create = all.find((p) => p.path === 'events.create');
		if (!create?.input) throw new Error('events.create has no input');
		const [event] = fc.sample(validInput(create.input), { seed, numRuns: 1 }) as object[];
		const url = `${server.url}/trpc/events.create`;
		const early = { ...event, alliance: null, startDate: '0001-01-01', endDate: null };
		const refused = await postJson(url, JSON.stringify(early), editor);
		expect(refused.status, refused.text).toBe(400);
		expect(refused.text).toContain('startDate');
		for (const startDate of ['1990-01-01', '2100-12-31']) {
			const body = { ...event, alliance: null, startDate, endDate: null };
			const created = await postJson(url, JSON.stringify(body), editor);
			expect(created.status, created.text).toBe(200);
		}
		for (const path of ['engagement.timeline', 'engagement.participation']) {
			const reply = await send(queryUrl(server.url, path, { interval: 'month' }), {
				headers: editor
			});
			expect(reply.status, `${path}: ${reply.text}`).toBe(200);
		}
	});
});

describe('the database snapshot', { timeout: 30_000 }, () => {
	it('sees a committed write, so "unchanged" means nothing was written', async () => {
		const editor = { Cookie: await cookieFor(server, 'editor'), Origin: server.url };
		const create = all.find((p) => p.path === 'events.create');
		if (!create?.input) throw new Error('events.create has no input');
		const [event] = fc.sample(validInput(create.input), { seed, numRuns: 1 }) as object[];
		const body = { ...event, alliance: null, startDate: '2024-05-01', endDate: null };
		const before = snapshot();
		const created = await postJson(
			`${server.url}/trpc/events.create`,
			JSON.stringify(body),
			editor
		);
		expect(created.status, created.text).toBe(200);
		const after = snapshot();
		expect(after['events rows']).toBe((before['events rows'] ?? 0) + 1);
		expect(after).not.toEqual(before);
	});
});
