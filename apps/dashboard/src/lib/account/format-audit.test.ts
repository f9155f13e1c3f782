import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import { formatAction, formatJson, formatWhat, formatWhen, formatWho } from './format-audit.ts';

const entry = {
	id: 1,
	at: '2026-11-28T09:05:00.000Z',
	action: 'update',
	entity: 'users',
	entityId: '2',
	before: null,
	after: null
};

afterEach(() => i18n.use('en'));

describe('audit texts', () => {
	test('formatWhen writes the UTC date and time, and leaves a bad date as it is', () => {
		expect(formatWhen('2026-11-28T09:05:00.000Z')).toBe('28 Nov 2026, 09:05 UTC');
		expect(formatWhen('yesterday')).toBe('yesterday');
	});
	test('formatWho names the user or the system', () => {
		expect(formatWho({ ...entry, user: { id: 2, name: 'Ada', email: 'ada@example.org' } })).toBe(
			'Ada (ada@example.org)'
		);
		expect(formatWho({ ...entry, user: null })).toBe('System');
	});
	test('formatJson indents objects and shows a dash for nothing', () => {
		expect(formatJson({ role: 'editor' })).toBe('{\n  "role": "editor"\n}');
		expect(formatJson(null)).toBe('—');
	});
	test('the action and the table are named; unknown ones show as their code', () => {
		expect(formatAction({ ...entry, user: null })).toBe('update');
		expect(formatWhat({ ...entry, user: null })).toBe('users #2');
		expect(formatAction({ ...entry, action: 'rename', user: null })).toBe('rename');
		expect(formatWhat({ ...entry, entity: 'widgets', user: null })).toBe('widgets #2');
	});
	test('in Urdu: the date by Intl for ur-PK, the system, the action and the table in Urdu', async () => {
		await i18n.use('ur');
		expect(formatWhen('2026-11-28T09:05:00.000Z')).toMatch(/نومبر.*\(UTC\)$/);
		expect(formatWho({ ...entry, user: null })).toBe('نظام');
		expect(formatAction({ ...entry, user: null })).toBe('تبدیل کیا');
		expect(formatWhat({ ...entry, user: null })).toBe('صارفین، نمبر 2');
		expect(formatAction({ ...entry, action: 'rename', user: null })).toBe('rename');
	});
});
