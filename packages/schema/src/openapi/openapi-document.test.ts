import { describe, expect, test } from 'vitest';
import { openApiDocument } from './openapi-document.ts';
import { readProcedures } from './read-procedures.ts';
import { writeProcedures } from './write-procedures.ts';

const doc = openApiDocument();

/** The value at a path of keys in the document (undefined when absent). */
function at(...path: string[]): unknown {
	return path.reduce<unknown>(
		(value, key) =>
			value !== null && typeof value === 'object'
				? (value as Record<string, unknown>)[key]
				: undefined,
		doc
	);
}

const composition = ['paths', '/trpc/alliance.composition', 'get'];

describe('openApiDocument', () => {
	test('is OpenAPI 3.1 with one GET path per read procedure and one POST per write', () => {
		expect(doc['openapi']).toBe('3.1.0');
		expect(Object.keys(at('paths') as object)).toEqual(
			[...readProcedures, ...writeProcedures].map((p) => `/trpc/${p.path}`)
		);
		for (const { path } of readProcedures) {
			expect(Object.keys(at('paths', `/trpc/${path}`) as object), path).toEqual(['get']);
		}
		for (const { path } of writeProcedures) {
			expect(Object.keys(at('paths', `/trpc/${path}`) as object), path).toEqual(['post']);
		}
	});

	test('a write takes its input as the JSON body and documents 403 and 409', () => {
		expect(writeProcedures.length).toBeGreaterThan(0);
		for (const procedure of writeProcedures) {
			const post = ['paths', `/trpc/${procedure.path}`, 'post'];
			if (procedure.input) {
				expect(at(...post, 'requestBody', 'content', 'application/json', 'schema')).toEqual({
					$ref: `#/components/schemas/${procedure.input.name}`
				});
			} else {
				expect(at(...post, 'requestBody')).toBeUndefined();
			}
			const ok = [...post, 'responses', '200', 'content', 'application/json', 'schema'];
			expect(at(...ok, 'properties', 'result', 'properties', 'data')).toEqual({
				$ref: `#/components/schemas/${procedure.output.name}`
			});
			expect(at(...post, 'responses', '403')).toBeDefined();
			expect(at(...post, 'responses', '409')).toBeDefined();
		}
	});

	test('takes the input as URL-encoded JSON and wraps the output in the tRPC envelope', () => {
		expect(at(...composition, 'parameters', '0')).toMatchObject({
			name: 'input',
			in: 'query',
			content: { 'application/json': { schema: { $ref: '#/components/schemas/DashboardFilter' } } }
		});
		const ok = [...composition, 'responses', '200', 'content', 'application/json', 'schema'];
		expect(at(...ok, 'properties', 'result', 'properties', 'data')).toEqual({
			$ref: '#/components/schemas/Composition'
		});
		expect(at(...composition, 'responses', '400', 'content', 'application/json', 'schema')).toEqual(
			{ $ref: '#/components/schemas/ApiError' }
		);
	});

	test('resolves every $ref to a component schema, with field descriptions', () => {
		const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
		for (const ref of new Set(refs)) {
			expect(at(...ref.slice(2).split('/')), ref).toBeDefined();
		}
		const total = ['components', 'schemas', 'Composition', 'properties', 'total', 'description'];
		expect(at(...total)).toMatch(/members/);
		expect(at('components', 'schemas', 'Composition')).not.toHaveProperty('$schema');
	});

	test('reference.vocabulary takes no input', () => {
		expect(at('paths', '/trpc/reference.vocabulary', 'get', 'parameters')).toEqual([]);
	});
});
