/**
 * Inputs and outputs of the `admin.*` procedures: the users (list, create, change role, disable)
 * and the audit log (paged, newest first, with each row before and after the write).
 */
import * as z from 'zod';
import { Email, NewPassword, Role } from '../account.ts';
import { Id } from '../scalars.ts';

/** A person's display name. */
export const UserName = z
	.string()
	.trim()
	.min(1, { error: 'Enter a name' })
	.max(100, { error: 'Use at most 100 characters' });

/** `admin.createUser` (and `pnpm user:add`): a new account. */
export const NewUserInput = z.strictObject({
	email: Email.meta({ description: 'Sign-in e-mail address (stored in lower case)' }),
	name: UserName.meta({ description: 'Display name' }),
	role: Role,
	password: NewPassword.meta({ description: 'Initial password, 12 to 200 characters' })
});
export type NewUserInput = z.input<typeof NewUserInput>;

/** `admin.updateUser`: a new role, enabling or disabling, or both. */
export const UserUpdateInput = z
	.strictObject({
		id: Id.meta({ description: 'The user to change' }),
		role: Role.optional(),
		disabled: z
			.boolean()
			.optional()
			.meta({ description: 'True to disable (signs the user out everywhere), false to enable' })
	})
	.refine((input) => input.role !== undefined || input.disabled !== undefined, {
		error: 'Give a role or disabled',
		path: ['role']
	});
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

/** One account as an admin sees it (never the password hash). */
export const AdminUser = z.object({
	id: Id,
	email: z.string().meta({ description: 'Sign-in e-mail address' }),
	name: z.string().meta({ description: 'Display name' }),
	role: Role,
	disabled: z.boolean().meta({ description: 'A disabled user cannot sign in' }),
	createdAt: z.string().meta({ description: 'When the account was created (ISO timestamp)' })
});
export type AdminUser = z.infer<typeof AdminUser>;

/** `admin.users`: every account, by e-mail. */
export const AdminUsers = z.array(AdminUser);

/** `admin.audit`: one page of the audit log, optionally of one entity or one user. */
export const AuditQuery = z.strictObject({
	page: z.int().min(1).max(100_000).default(1).meta({ description: 'Page number, from 1' }),
	pageSize: z.int().min(1).max(100).default(25).meta({ description: 'Entries per page' }),
	entity: z
		.string()
		.min(1)
		.max(60)
		.optional()
		.meta({ description: 'Only entries about this entity (table), e.g. `users`' }),
	userId: Id.optional().meta({ description: 'Only entries written by this user' })
});
export type AuditQuery = z.input<typeof AuditQuery>;

/** Who wrote an audit entry. */
export const AuditActor = z.object({ id: Id, name: z.string(), email: z.string() });

/** A row as the audit log keeps it: its fields as JSON. */
export const AuditRow = z.record(z.string(), z.unknown());

/** One write as the audit log keeps it. */
export const AuditEntry = z.object({
	id: Id,
	at: z.string().meta({ description: 'When (ISO timestamp)' }),
	user: AuditActor.nullable().meta({ description: 'Who; null for the system (command line)' }),
	action: z.string().meta({ description: '`create`, `update`, `sign-in`, …' }),
	entity: z.string().meta({ description: 'What kind of thing was written (a table name)' }),
	entityId: z.string().meta({ description: 'Key of the row written' }),
	before: AuditRow.nullable().meta({ description: 'The row before the write; null when created' }),
	after: AuditRow.nullable().meta({ description: 'The row after the write; null when deleted' })
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
	total: z.int().nonnegative().meta({ description: 'Entries that match, over all pages' }),
	page: z.int().min(1),
	pageSize: z.int().min(1),
	entries: z.array(AuditEntry).max(100).meta({ description: 'Newest first' })
});
export type AuditPage = z.infer<typeof AuditPage>;
