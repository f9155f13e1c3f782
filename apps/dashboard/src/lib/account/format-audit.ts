/** Texts of the audit log table: when, who, what. */
import type { AuditEntry } from '@untoc-alliance/schema';

const when = new Intl.DateTimeFormat('en-GB', {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: 'UTC'
});

/** `28 Nov 2026, 09:00 UTC`. */
export function formatWhen(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${when.format(date)} UTC`;
}

/** The writer's name and e-mail, or "System" (command line, seed). */
export function formatWho(entry: AuditEntry): string {
	return entry.user ? `${entry.user.name} (${entry.user.email})` : 'System';
}

/** A before/after value as indented JSON, or "—" when absent. */
export function formatJson(value: unknown): string {
	return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}
