/** Accounts: users, password hashing, sessions and the audit log. */
export { hashPassword, verifyPassword } from './password.ts';
export {
	AccountError,
	createUser,
	getUser,
	listUsers,
	updateUser,
	type UserChange,
	type WriteOptions
} from './users.ts';
export {
	createSession,
	deleteSession,
	hashToken,
	sessionLifetimeMs,
	signIn,
	userForSession,
	type NewSession
} from './sessions.ts';
export { listAudit, recordAudit, type AuditFilter, type AuditRecord } from './audit.ts';
