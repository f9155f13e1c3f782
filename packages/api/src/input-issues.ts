/** Turns validation issues into `{ path: 'sectors[0]', message }` and one readable sentence. */
import * as z from 'zod';

/** One rejected input field: where it is (`sectors[0]`) and what is wrong with it. */
export interface InputIssue {
	path: string;
	message: string;
}

/** `['sectors', 0, 'x']` → `sectors[0].x`; the empty path → `''`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		const name = String(key);
		return out === '' ? name : `${out}.${name}`;
	}, '');
}

function toInputIssues(issue: z.core.$ZodIssue): InputIssue[] {
	const at = formatPath(issue.path);
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			path: at === '' ? key : `${at}.${key}`,
			message: `Unknown field ${JSON.stringify(key)}`
		}));
	}
	return [{ path: at, message: issue.message }];
}

/** The issues of a zod error, one per field (an unknown-keys issue becomes one per key). */
export function inputIssues(error: z.core.$ZodError): InputIssue[] {
	return error.issues.flatMap(toInputIssues);
}

/** One sentence naming every field: `sectors[0]: Unknown sector "nope"; to: …`. */
export function describeIssues(issues: readonly InputIssue[]): string {
	return issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ');
}

/**
 * A zod error for one field, so a check made in a resolver reads like a schema rejection. It is a
 * `ZodRealError` (an `Error`, as `parse` throws) so that tRPC keeps it as the cause.
 */
export function fieldError(issue: { path: string; message: string; input?: unknown }): z.ZodError {
	return new z.ZodRealError([
		{ code: 'custom', path: [issue.path], message: issue.message, input: issue.input }
	]);
}
