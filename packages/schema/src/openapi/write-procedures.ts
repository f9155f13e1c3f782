/**
 * The write procedures of the API (tRPC mutations), each with its input and output schema from
 * this package. A mutation is `POST /trpc/<path>` with the input as the JSON request body and
 * answers `{ result: { data } }` like a query. Keep in step with `appRouter`: a test of the api
 * package fails on any mutation missing here (queries go to `read-procedures.ts`).
 *
 * Each helper adds its own entries: spread a list kept next to its schemas (as the editing
 * procedures are) or append entries below.
 */
import { adminWriteProcedures } from '../api/admin-procedures.ts';
import { editWriteProcedures } from '../edit/procedures.ts';
import type { NamedSchema } from './read-procedures.ts';

/** A tRPC mutation served as `POST /trpc/<path>` with the input as JSON body. */
export interface WriteProcedure {
	path: string;
	summary: string;
	/** The request body; `null` for a mutation without input (the body is then omitted). */
	input: NamedSchema | null;
	output: NamedSchema;
}

export const writeProcedures: readonly WriteProcedure[] = [
	...editWriteProcedures,
	...adminWriteProcedures
];
