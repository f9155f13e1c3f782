/** Texts of the audit log table (when, who, what, which action), in the page's language. */
import type { AuditEntry } from '@untoc-alliance/schema';
import { fmt, m } from '../i18n.svelte.ts';

/** `28 Nov 2026, 09:00 UTC`; a bad date stays as it is. */
export function formatWhen(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : m().account.audit.when(fmt().dateTime(date));
}

/** The writer's name and e-mail, or "System" (command line, seed). */
export function formatWho(entry: AuditEntry): string {
	const audit = m().account.audit;
	return entry.user ? audit.who(entry.user.name, entry.user.email) : audit.system;
}

/** The action (`update` → "update"); an action the catalogue does not know shows as its code. */
export function formatAction(entry: AuditEntry): string {
	const actions: Partial<Record<string, string>> = m().account.audit.actions;
	return actions[entry.action] ?? entry.action;
}

/** What was written: the table and the row's key (`users #2`). */
export function formatWhat(entry: AuditEntry): string {
	const audit = m().account.audit;
	const entities: Partial<Record<string, string>> = audit.entities;
	return audit.what(entities[entry.entity] ?? entry.entity, entry.entityId);
}

/** A before/after value as indented JSON, or "—" when absent. */
export function formatJson(value: unknown): string {
	return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}
