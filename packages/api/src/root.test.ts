import { openApiDocument, readProcedures } from '@untoc-alliance/schema';
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
	test('every procedure of appRouter is a GET path of the document', () => {
		const paths = Object.keys(openApiDocument()['paths'] as Record<string, unknown>);
		expect(procedures.map((p) => `/trpc/${p.path}`).sort()).toEqual([...paths].sort());
	});

	test('the document is built from the very schemas of .input() and .output()', () => {
		for (const { path, def } of procedures) {
			const documented = readProcedures.find((p) => p.path === path);
			expect(def.type, path).toBe('query');
			expect(def.output, path).toBe(documented?.output.schema);
			expect(def.inputs[0], path).toBe(documented?.input?.schema);
		}
	});
});
