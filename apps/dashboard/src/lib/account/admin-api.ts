/** The admin page's calls (`admin.*` over tRPC); tests pass their own. */
import type {
	AdminUser,
	AuditPage,
	AuditQuery,
	NewUserInput,
	UserUpdateInput
} from '@untoc-alliance/schema';
import { client } from '../trpc.ts';

export interface AdminApi {
	users: (signal: AbortSignal) => Promise<AdminUser[]>;
	audit: (input: AuditQuery, signal: AbortSignal) => Promise<AuditPage>;
	createUser: (input: NewUserInput) => Promise<AdminUser>;
	updateUser: (input: UserUpdateInput) => Promise<AdminUser>;
}

export const adminApi: AdminApi = {
	users: (signal) => client.admin.users.query(undefined, { signal }),
	audit: (input, signal) => client.admin.audit.query(input, { signal }),
	createUser: (input) => client.admin.createUser.mutate(input),
	updateUser: (input) => client.admin.updateUser.mutate(input)
};

/** The message of a failed call, for the page (tRPC errors carry a readable one). */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
