import { describe, expect, test } from 'vitest';
import { pageCount, pageSize } from './event-list.svelte.ts';

describe('pageCount', () => {
	test.each([
		[0, 1],
		[1, 1],
		[20, 1],
		[21, 2],
		[45, 3]
	])('%i events make %i pages of 20', (total, pages) => {
		expect(pageSize).toBe(20);
		expect(pageCount(total)).toBe(pages);
	});
});
