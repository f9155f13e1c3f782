/** `GET /api/openapi.json`: the OpenAPI 3.1 document of the read API, built once from the schemas. */
import type { ServerResponse } from 'node:http';
import { openApiDocument } from '@untoc-alliance/schema';

/** Where the document is served. */
export const openApiPath = '/api/openapi.json';

let body: string | undefined;

/** Answers with the document (it does not need the database). */
export function sendOpenApi(res: ServerResponse): void {
	body ??= JSON.stringify(openApiDocument());
	res.writeHead(200, {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-cache'
	});
	res.end(body);
}
