/** The member list's count line, with the organisations anonymous visitors do not see named. */
import type { MembersPage } from '@untoc-alliance/schema';
import { m } from '../i18n.svelte.ts';

/**
 * "54 members" and, when the list leaves out organisations not marked public, "54 members listed
 * and 7 organisations not named". A small number left out (null: fewer than the threshold) is
 * not mentioned, so that it cannot single anyone out.
 */
export function listTotalText(page: Pick<MembersPage, 'total' | 'unnamed'>): string {
	const say = m().alliance.list;
	if (page.unnamed === null || page.unnamed === 0) return say.total(page.total);
	return say.totalUnnamed(page.total, page.unnamed);
}
