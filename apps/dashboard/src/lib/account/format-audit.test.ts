import { describe, expect, test } from 'vitest';
import { formatJson, formatWhen, formatWho } from './format-audit.ts';

const entry = {
	id: 1,
	at: '2026-11-28T09:05:00.000Z',
	action: 'update',
	entity: 'users',
	entityId: '2',
	before: null,
	after: null
};

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
});
