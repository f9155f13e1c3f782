/**
 * The `admin.*` procedures for the OpenAPI document, with the very schemas their procedures use
 * as `.input()` and `.output()`. All of them answer 403 unless the caller is signed in as an admin.
 */
import type { ReadProcedure } from '../openapi/read-procedures.ts';
import type { WriteProcedure } from '../openapi/write-procedures.ts';
import {
	AdminUser,
	AdminUsers,
	AuditPage,
	AuditQuery,
	NewUserInput,
	UserUpdateInput
} from './admin.ts';

/** `admin.users` and `admin.audit` (GET). */
export const adminReadProcedures: readonly ReadProcedure[] = [
	{
		path: 'admin.users',
		summary: 'Every user account, by e-mail (admins only)',
		input: null,
		output: { name: 'AdminUsers', schema: AdminUsers }
	},
	{
		path: 'admin.audit',
		summary:
			'One page of the audit log, newest first, with each row before and after (admins only)',
		input: { name: 'AuditQuery', schema: AuditQuery },
		output: { name: 'AuditPage', schema: AuditPage }
	}
];

/** `admin.createUser` and `admin.updateUser` (POST). */
export const adminWriteProcedures: readonly WriteProcedure[] = [
	{
		path: 'admin.createUser',
		summary: 'Create a user account (admins only)',
		input: { name: 'NewUserInput', schema: NewUserInput },
		output: { name: 'AdminUser', schema: AdminUser }
	},
	{
		path: 'admin.updateUser',
		summary: "Change a user's role or disable them (admins only; not yourself)",
		input: { name: 'UserUpdateInput', schema: UserUpdateInput },
		output: { name: 'AdminUser', schema: AdminUser }
	}
];
