import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { Route } from '../route.svelte.ts';
import { UrlState } from '../url-state.svelte.ts';
import BriefLink from './BriefLink.svelte';

afterEach(() => {
	history.replaceState(null, '', '/');
});

function renderOn(path: string, page: string) {
	history.replaceState(null, '', path);
	return render(BriefLink, { url: new UrlState(), route: { page } as Route });
}

describe('the link to the brief', () => {
	test("carries the view's filter and interval, but not an open member panel", () => {
		const { getByRole } = renderOn('/engagement?themes=drugs&interval=year&member=3', 'engagement');
		expect(getByRole('link', { name: 'Printable brief' }).getAttribute('href')).toBe(
			'/brief?themes=drugs&interval=year&view=engagement'
		);
	});

	test('is not on pages without a brief', () => {
		expect(renderOn('/signin', 'signin').queryByRole('link')).toBeNull();
		expect(renderOn('/import', 'import').queryByRole('link')).toBeNull();
	});
});
