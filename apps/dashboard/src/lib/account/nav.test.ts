import { roleIncludes, type Role } from '@untoc-alliance/schema';
import { beforeEach, describe, expect, test } from 'vitest';
import { inNav, pageOf, pages } from '../route.svelte.ts';
import { rememberReturn, takeReturn } from './return-to.ts';

function navFor(role: Role | null): string[] {
	const can = (needed: Role) => role !== null && roleIncludes(role, needed);
	return pages.filter((p) => inNav(p, can)).map((p) => p.page);
}

describe('the account pages in the navigation', () => {
	test('/signin and /admin are pages, but never links of the main navigation', () => {
		expect(pageOf('/signin')).toBe('signin');
		expect(pageOf('/admin')).toBe('admin');
		for (const role of [null, 'analyst', 'editor', 'admin'] as const) {
			expect(navFor(role)).not.toContain('signin');
			expect(navFor(role)).not.toContain('admin');
		}
	});

	test('pages for a role are linked only for users with that role', () => {
		const forEditors = pages.filter((p) => 'role' in p && p.role === 'editor').map((p) => p.page);
		for (const page of forEditors) {
			expect(navFor(null)).not.toContain(page);
			expect(navFor('analyst')).not.toContain(page);
			expect(navFor('editor')).toContain(page);
			expect(navFor('admin')).toContain(page);
		}
		expect(navFor(null)).toContain('overview');
	});
});

describe('the page to return to after signing in', () => {
	beforeEach(() => sessionStorage.clear());

	test('is the remembered page of the dashboard, once, else the overview', () => {
		rememberReturn('/review');
		expect(takeReturn()).toBe('/review');
		expect(takeReturn()).toBe('/');
	});

	test('is never a path outside the dashboard or the sign-in page itself', () => {
		rememberReturn('https://evil.example/');
		expect(takeReturn()).toBe('/');
		rememberReturn('/signin');
		expect(takeReturn()).toBe('/');
		sessionStorage.setItem('untoc-return-to', '//evil.example');
		expect(takeReturn()).toBe('/');
	});
});
