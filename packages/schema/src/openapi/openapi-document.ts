/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas as the API's
 * `.input()` and `.output()`. tRPC queries are `GET /trpc/<path>?input=<url-encoded JSON>`,
 * mutations `POST /trpc/<path>` with the input as JSON body; both answer `{ result: { data } }`,
 * or `{ error: { message, code, data } }` on failure.
 */
import { toJsonSchema } from '../generate/json-schemas.ts';
import { readProcedures, type NamedSchema, type ReadProcedure } from './read-procedures.ts';
import { writeProcedures, type WriteProcedure } from './write-procedures.ts';

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
						current: {
							description: 'For a version conflict (409): the record as it is now, with its version'
						},
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

function component(schema: NamedSchema, io: 'input' | 'output'): JsonObject {
	const { $schema: _dialect, ...rest } = toJsonSchema(schema.schema, io);
	return rest;
}

function ref(name: string): JsonObject {
	return { $ref: `#/components/schemas/${name}` };
}

function errorResponse(description: string): JsonObject {
	return { description, content: { 'application/json': { schema: ref('ApiError') } } };
}

/** The tRPC success envelope around `output`. */
function resultResponse(output: NamedSchema): JsonObject {
	const envelope = {
		type: 'object',
		required: ['result'],
		properties: {
			result: {
				type: 'object',
				required: ['data'],
				properties: { data: ref(output.name) }
			}
		}
	};
	return { description: 'The result', content: { 'application/json': { schema: envelope } } };
}

function operation(procedure: ReadProcedure): JsonObject {
	const input = procedure.input && {
		name: 'input',
		in: 'query',
		required: true,
		description: 'The input as URL-encoded JSON',
		content: { 'application/json': { schema: ref(procedure.input.name) } }
	};
	return {
		operationId: procedure.path,
		summary: procedure.summary,
		tags: [procedure.path.split('.')[0]],
		parameters: input ? [input] : [],
		responses: {
			'200': resultResponse(procedure.output),
			'400': errorResponse('Bad input: data.issues names each rejected field'),
			'404': errorResponse('Unknown procedure, or no data for the requested country'),
			'500': errorResponse('Internal server error')
		}
	};
}

function writeOperation(procedure: WriteProcedure): JsonObject {
	const body = procedure.input && {
		required: true,
		description: 'The input as JSON',
		content: { 'application/json': { schema: ref(procedure.input.name) } }
	};
	return {
		operationId: procedure.path,
		summary: procedure.summary,
		tags: [procedure.path.split('.')[0]],
		...(body ? { requestBody: body } : {}),
		responses: {
			'200': resultResponse(procedure.output),
			'400': errorResponse('Bad input: data.issues names each rejected field'),
			'403': errorResponse('Not signed in, or the role may not do this'),
			'404': errorResponse('Unknown procedure, or no such record'),
			'409': errorResponse(
				'Conflict: the record changed since it was read (data.current holds it now), or other records depend on it'
			),
			'500': errorResponse('Internal server error')
		}
	};
}

/** The OpenAPI 3.1 document: every read procedure as a GET path, every write as a POST path. */
export function openApiDocument(): JsonObject {
	const schemas: JsonObject = { ApiError: apiError };
	const paths: JsonObject = {};
	for (const procedure of readProcedures) {
		if (procedure.input) schemas[procedure.input.name] = component(procedure.input, 'input');
		schemas[procedure.output.name] = component(procedure.output, 'output');
		paths[`/trpc/${procedure.path}`] = { get: operation(procedure) };
	}
	for (const procedure of writeProcedures) {
		if (procedure.input) schemas[procedure.input.name] = component(procedure.input, 'input');
		schemas[procedure.output.name] = component(procedure.output, 'output');
		paths[`/trpc/${procedure.path}`] = { post: writeOperation(procedure) };
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'UNTOC Alliance Dashboard API',
			version: apiVersion,
			description:
				'API of the UNTOC Alliance Dashboard: tRPC queries (GET) and mutations (POST) over plain JSON, no transformer.'
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		paths,
		components: { schemas }
	};
}
