/**
 * The OpenAPI 3.1 document of the public read API, generated from the same zod schemas as the
 * API's `.input()` and `.output()`. tRPC queries are `GET /trpc/<path>?input=<url-encoded JSON>`
 * and answer `{ result: { data } }`, or `{ error: { message, code, data } }` on failure.
 */
import { toJsonSchema } from '../generate/json-schemas.ts';
import { readProcedures, type ReadProcedure } from './read-procedures.ts';

type JsonObject = Record<string, unknown>;

/** Version of the API contract in `info.version`; a breaking change bumps it. */
export const apiVersion = '1.0.0';

const apiError: JsonObject = {
	type: 'object',
	description: 'Error envelope of tRPC (no stack)',
	required: ['error'],
	properties: {
		error: {
			type: 'object',
			required: ['message', 'code', 'data'],
			properties: {
				message: { type: 'string', description: 'Readable message naming the fields at fault' },
				code: { type: 'integer', description: 'JSON-RPC error code, e.g. -32600 for bad input' },
				data: {
					type: 'object',
					required: ['code', 'httpStatus'],
					properties: {
						code: { type: 'string', description: 'tRPC error code, e.g. BAD_REQUEST' },
						httpStatus: { type: 'integer', description: 'HTTP status of the answer' },
						path: { type: 'string', description: 'The procedure called' },
						issues: {
							type: 'array',
							description: 'For bad input: each rejected field and why',
							items: {
								type: 'object',
								required: ['path', 'message'],
								properties: {
									path: { type: 'string', description: 'Field at fault, e.g. sectors[0]' },
									message: { type: 'string', description: 'Why it was rejected' }
								}
							}
						}
					}
				}
			}
		}
	}
};

function component(schema: ReadProcedure['output'], io: 'input' | 'output'): JsonObject {
	const { $schema: _dialect, ...rest } = toJsonSchema(schema.schema, io);
	return rest;
}

function ref(name: string): JsonObject {
	return { $ref: `#/components/schemas/${name}` };
}

function errorResponse(description: string): JsonObject {
	return { description, content: { 'application/json': { schema: ref('ApiError') } } };
}

function operation(procedure: ReadProcedure): JsonObject {
	const input = procedure.input && {
		name: 'input',
		in: 'query',
		required: true,
		description: 'The input as URL-encoded JSON',
		content: { 'application/json': { schema: ref(procedure.input.name) } }
	};
	const envelope = {
		type: 'object',
		required: ['result'],
		properties: {
			result: {
				type: 'object',
				required: ['data'],
				properties: { data: ref(procedure.output.name) }
			}
		}
	};
	return {
		operationId: procedure.path,
		summary: procedure.summary,
		tags: [procedure.path.split('.')[0]],
		parameters: input ? [input] : [],
		responses: {
			'200': { description: 'The result', content: { 'application/json': { schema: envelope } } },
			'400': errorResponse('Bad input: data.issues names each rejected field'),
			'404': errorResponse('Unknown procedure, or no data for the requested country'),
			'500': errorResponse('Internal server error')
		}
	};
}

/** The OpenAPI 3.1 document of `reference.vocabulary`, `alliance.composition` and the others. */
export function openApiDocument(): JsonObject {
	const schemas: JsonObject = { ApiError: apiError };
	const paths: JsonObject = {};
	for (const procedure of readProcedures) {
		if (procedure.input) schemas[procedure.input.name] = component(procedure.input, 'input');
		schemas[procedure.output.name] = component(procedure.output, 'output');
		paths[`/trpc/${procedure.path}`] = { get: operation(procedure) };
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'UNTOC Alliance Dashboard API',
			version: apiVersion,
			description:
				'Read API of the UNTOC Alliance Dashboard: tRPC queries over plain JSON, no transformer.'
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		paths,
		components: { schemas }
	};
}
