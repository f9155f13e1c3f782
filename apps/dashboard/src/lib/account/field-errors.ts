/**
 * Form validation messages per field, from zod issues or the server's `issues`. The dashboard's
 * own checks (zod issues) are said in the page's language: the schema's rules by their English
 * text (`edit.rules` in the catalogue), zod's built-in checks by their kind. The server's messages
 * stay as it sends them.
 */
import english from '@untoc-alliance/i18n/catalogues/en';
import type * as z from 'zod';
import { m } from '../i18n.svelte.ts';

/** The first message of each field (`email`, `password`, …); the form's own under `''`. */
export type FieldErrors = Partial<Record<string, string>>;

type Rule = keyof typeof english.messages.edit.rules;

/** The schema's rules by their English text (the text the schema package writes). */
const rulesByText = new Map(
	(Object.entries(english.messages.edit.rules) as [Rule, string][]).map(([rule, text]) => [
		text,
		rule
	])
);

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

/** A zod issue in the page's language (English: the schema's own message). */
export function issueText(issue: z.core.$ZodIssue): string {
	const rule = rulesByText.get(issue.message);
	if (rule) return m().edit.rules[rule];
	const t = m().edit.issues;
	const said = issue.message;
	switch (issue.code) {
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') return min <= 1 ? t.empty(said) : t.tooShort(min, said);
			if (issue.origin === 'array' || issue.origin === 'set') return t.tooFew(min, said);
			return t.tooLow(min, said);
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return t.tooLong(max, said);
			if (issue.origin === 'array' || issue.origin === 'set') return t.tooMany(max, said);
			return t.tooHigh(max, said);
		}
		case 'invalid_format':
			if (issue.format === 'email') return t.email(said);
			if (issue.format === 'url') return t.url(said);
			if (issue.format === 'date') return t.date(said);
			return t.format(said);
		case 'invalid_type':
			return t.type(said);
		case 'invalid_value':
			return t.choice(said);
		case 'custom':
		case 'invalid_element':
		case 'invalid_key':
		case 'invalid_union':
		case 'not_multiple_of':
		case 'unrecognized_keys':
			return t.other(said);
	}
}

/** `fieldErrors` of a zod error, in the page's language. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
	return fieldErrors(
		error.issues.map((issue) => ({ path: issue.path, message: issueText(issue) }))
	);
}
