/** Form validation messages per field, from zod issues or the server's `issues`. */
import type * as z from 'zod';

/** The first message of each field (`email`, `password`, …); the form's own under `''`. */
export type FieldErrors = Partial<Record<string, string>>;

/** Groups issues by their top-level field, keeping the first message of each. */
export function fieldErrors(
	issues: readonly { path: string | readonly PropertyKey[]; message: string }[]
): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
		const field = path.split(/[.[]/)[0] ?? '';
		errors[field] ??= issue.message;
	}
	return errors;
}

/** `fieldErrors` of a zod error. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
	return fieldErrors(error.issues);
}
