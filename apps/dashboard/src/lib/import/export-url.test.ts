import { describe, expect, test } from 'vitest';
import { exportUrl } from './export-url.ts';

describe('exportUrl', () => {
	test('puts the list, the format and the defined filter fields in the query', () => {
		const url = exportUrl('members', 'xlsx', { alliance: 'PAK', q: '', sectors: undefined });
		const params = new URL(url, 'http://x').searchParams;
		expect(url.startsWith('/api/export?')).toBe(true);
		expect(Object.fromEntries(params)).toEqual({
			list: 'members',
			format: 'xlsx',
			input: '{"alliance":"PAK"}'
		});
	});
});
