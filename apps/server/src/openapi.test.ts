/**
 * The contract seen from outside, checked with Ajv (draft 2020-12), not zod: the served OpenAPI
 * document against real API answers, and the demo data against the published JSON Schema files.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { demoDataset } from '@untoc-alliance/db';
import { jsonSchemaFiles, readProcedures, writeProcedures } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.ts';
import { openApiPath } from './openapi.ts';
import {
	cookieFor,
	makeTempSite,
	queryUrl,
	type TempSite,
	startDemoServer
} from './test-server.ts';

type Json = Record<string, unknown>;

const today = '2026-11-28';
let site: TempSite;
let adminCookie: string;
let server: RunningServer;
let doc: Json;

beforeAll(async () => {
	site = await makeTempSite();
	server = await startDemoServer(site, today);
	await server.ready;
	adminCookie = await cookieFor(server, 'admin');
	doc = (await (await fetch(`${server.url}${openApiPath}`)).json()) as Json;
}, 30_000);

afterAll(async () => {
	await server.close();
	await site.remove();
});

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// An OpenAPI document keeps its schemas under `components`, where its `$ref`s point.
ajv.addVocabulary(['components']);

/** Ajv's errors as `instancePath message`, empty when the value is valid. */
function problems(schema: Json, value: unknown): string[] {
	const validate = ajv.compile(schema);
	if (validate(value)) return [];
	return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}

const files = Object.fromEntries(jsonSchemaFiles().map((f) => [f.fileName, f.schema]));

/** Sample inputs of the queries that take one. */
const sampleInputs: Record<string, unknown> = {
	'alliance.composition': { alliance: 'PAK' },
	'engagement.timeline': { alliance: 'PAK', interval: 'year' },
	'review.progress': { country: 'PAK' },
	'members.list': { alliance: 'PAK', pageSize: 5 },
	'members.byId': { id: 1 },
	'engagement.eventById': { id: 1 },
	'organisations.byId': { id: 1 },
	'memberships.byId': { id: 1 },
	'events.byId': { id: 1 },
	'contributions.byId': { id: 1 },
	'participations.ofEvent': { eventId: 1 },
	'reviewSteps.byKey': { country: 'PAK', cluster: 1, step: 'focal_point' }
};

describe(`GET ${openApiPath}`, { timeout: 30_000 }, () => {
	it('serves the OpenAPI 3.1 document of every read and write procedure', async () => {
		const res = await fetch(`${server.url}${openApiPath}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const served = (await res.json()) as { openapi: string; paths: Json };
		expect(served.openapi).toBe('3.1.0');
		expect(Object.keys(served.paths)).toEqual(
			[...readProcedures, ...writeProcedures].map((p) => `/trpc/${p.path}`)
		);
	});

	it.each(readProcedures.map((p) => p.path))(
		'%s answers as its 200 response says',
		async (path) => {
			const ok = (doc['paths'] as Record<string, Json>)[`/trpc/${path}`];
			const get = ok?.['get'] as { responses: Record<string, { content: Record<string, Json> }> };
			const envelope = get.responses['200']?.content['application/json']?.['schema'] as Json;
			// Anonymous first; a procedure for signed-in users only (403) is asked again as an admin.
			const url = queryUrl(server.url, path, sampleInputs[path] ?? {});
			let res = await fetch(url);
			if (res.status === 403) res = await fetch(url, { headers: { Cookie: adminCookie } });
			expect(res.status).toBe(200);
			const schema = { ...envelope, components: doc['components'] };
			expect(problems(schema, await res.json())).toEqual([]);
		}
	);

	it('a bad input answers with the documented error envelope', async () => {
		const schema = { $ref: '#/components/schemas/ApiError', components: doc['components'] };
		const res = await fetch(queryUrl(server.url, 'alliance.composition', { sectors: ['x'] }));
		expect(res.status).toBe(400);
		expect(problems(schema, await res.json())).toEqual([]);
	});
});

describe('the demo data against the published JSON Schema files (Ajv)', { timeout: 30_000 }, () => {
	const demo = demoDataset({ today });
	const cases = [
		['Organisation.output.json', demo.organisations],
		['Membership.output.json', demo.memberships],
		['EngagementEvent.output.json', demo.events],
		['Participation.output.json', demo.participations],
		['CountryReview.output.json', demo.reviews],
		['Contribution.output.json', demo.contributions],
		['Alliance.output.json', demo.alliances],
		['Country.output.json', demo.countries]
	] as const;

	it.each(cases)('every record is valid against %s', (fileName, records) => {
		const schema = files[fileName] as Json;
		expect(records.length).toBeGreaterThan(0);
		expect(problems({ type: 'array', items: schema }, records)).toEqual([]);
	});

	it('a bad record fails there too, at its path', () => {
		const [member] = demo.memberships;
		const bad = { ...member, regions: ['PK-PB', 'XX-YY'], joinedOn: '2024-02-30' };
		const found = problems(files['Membership.input.json'] as Json, bad);
		expect(found.map((p) => p.split(' ')[0])).toEqual(['/joinedOn', '/joinedOn', '/regions/1']);
		expect(found).toContain('/joinedOn must match format "date"');
		expect(found).toContain('/regions/1 must be equal to one of the allowed values');
	});
});
