import { openApiDocument, readProcedures, writeProcedures } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { appRouter } from './root.ts';

interface ProcedureDef {
	type: string;
	inputs: unknown[];
	output?: unknown;
}

/** Every procedure by dotted path: at run time `_def.procedures` is flat, unlike its type. */
const flat = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
const procedures = Object.entries(flat).map(([path, procedure]) => ({ path, def: procedure._def }));

describe('appRouter and the OpenAPI document', () => {
	test('every procedure of appRouter is a path of the document', () => {
		const paths = Object.keys(openApiDocument()['paths'] as Record<string, unknown>);
		expect(procedures.map((p) => `/trpc/${p.path}`).sort()).toEqual([...paths].sort());
	});

	test('queries are read procedures (GET), mutations write procedures (POST)', () => {
		const queries = procedures.filter((p) => p.def.type === 'query').map((p) => p.path);
		const mutations = procedures.filter((p) => p.def.type === 'mutation').map((p) => p.path);
		expect(queries.length + mutations.length).toBe(procedures.length);
		expect(queries.sort()).toEqual(readProcedures.map((p) => p.path).sort());
		expect(mutations.sort()).toEqual(writeProcedures.map((p) => p.path).sort());
	});

	test('the document is built from the very schemas of .input() and .output()', () => {
		for (const { path, def } of procedures) {
			const documented = [...readProcedures, ...writeProcedures].find((p) => p.path === path);
			expect(def.output, path).toBe(documented?.output.schema);
			expect(def.inputs[0], path).toBe(documented?.input?.schema);
		}
	});
});
