/** Between a row's values and the form's inputs: what an input shows, and what it stores. */
import { fmt, m } from '../i18n.svelte.ts';
import type { Choice, Field, Row } from './edit-kinds.ts';

/** The text an input shows for the value (`''` for null). */
export function shown(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** The value a text, number, date or select input stores for its text. */
export function stored(field: Field, text: string): unknown {
	if (field.kind === 'checkbox' || field.kind === 'multi') return text;
	if (text.trim() === '' && 'nullable' in field && field.nullable) return null;
	if (field.kind === 'number') return text.trim() === '' ? null : Number(text);
	if (field.kind === 'select') {
		const choice = field.choices.find((c) => String(c.value) === text);
		return choice ? choice.value : text;
	}
	return text;
}

/** A checkbox group's values after one box changed. */
export function toggled(values: unknown, value: Choice['value'], on: boolean): Choice['value'][] {
	const list = Array.isArray(values) ? (values as Choice['value'][]) : [];
	const rest = list.filter((v) => v !== value);
	return on ? [...rest, value] : rest;
}

/** A value as people read it (in the page's language), for the conflict dialog. */
export function readable(field: Field, value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (field.kind === 'checkbox') return value ? m().edit.yes : m().edit.no;
	const label = (v: unknown) =>
		('choices' in field ? field.choices.find((c) => c.value === v)?.label : undefined) ?? String(v);
	if (Array.isArray(value)) return value.length === 0 ? '—' : fmt().list(value.map(label));
	return label(value);
}

/** Whether two values of a field are the same (arrays in any order). */
export function same(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v) => b.includes(v));
	return (a ?? null) === (b ?? null);
}

/** The fields on which two rows differ. */
export function differences(fields: readonly Field[], theirs: Row, mine: Row): Field[] {
	return fields.filter((f) => !same(theirs[f.key], mine[f.key]));
}
