/**
 * Accounts and roles. Anonymous visitors read aggregates only (small counts suppressed, see
 * `PublicMinCount`); an `analyst` reads everything and exports; an `editor` also writes; an
 * `admin` also manages users and reads the audit log. Each role includes the ones before it.
 */
import * as z from 'zod';
import { Id } from './scalars.ts';

export const roles = ['analyst', 'editor', 'admin'] as const;
export const Role = z.enum(roles).meta({ description: 'What a signed-in user may do' });
export type Role = z.infer<typeof Role>;

/** Whether `role` includes `needed` (admin ⊃ editor ⊃ analyst). */
export function roleIncludes(role: Role, needed: Role): boolean {
	return roles.indexOf(role) >= roles.indexOf(needed);
}

/** A sign-in name: an e-mail address, compared in lower case. */
export const Email = z
	.email({ error: 'Not an e-mail address' })
	.max(254)
	.transform((email) => email.toLowerCase());

/** A new password: 12 to 200 characters (length, not composition rules; NIST SP 800-63B). */
export const NewPassword = z
	.string()
	.min(12, { error: 'Use at least 12 characters' })
	.max(200, { error: 'Use at most 200 characters' });

export const SignInInput = z.object({
	email: Email,
	password: z.string().min(1, { error: 'Enter the password' }).max(200)
});
export type SignInInput = z.infer<typeof SignInInput>;

/** Who is signed in, as the API and the dashboard see it. */
export const SessionUser = z.object({
	id: Id,
	email: z.string(),
	name: z.string(),
	role: Role
});
export type SessionUser = z.infer<typeof SessionUser>;

/** Counts below this are shown to anonymous visitors as "fewer than N" (default 3). */
export const PublicMinCount = z.int().min(1).max(100);
export const defaultPublicMinCount = 3;

/** A row's version for optimistic concurrency: the value read, sent back with the change. */
export const RowVersion = z.int().positive().meta({
	description: 'The version of the row that was read; a write with an older version is a conflict'
});

/** `auth.me`'s answer: the signed-in user, or null. */
export const SessionUserOrNull = SessionUser.nullable();
