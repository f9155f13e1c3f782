/** The member list's count line, with the organisations anonymous visitors do not see named. */
import type { MembersPage } from '@untoc-alliance/schema';
import { formatCount, plural } from '../format.ts';

/**
 * "54 members" and, when the list leaves out organisations not marked public, "54 members listed
 * and 7 organisations not named". A small number left out (null: fewer than the threshold) is
 * not mentioned, so that it cannot single anyone out.
 */
export function listTotalText(page: Pick<MembersPage, 'total' | 'unnamed'>): string {
	const listed = `${formatCount(page.total)} ${plural('member', page.total)}`;
	if (page.unnamed === null || page.unnamed === 0) return listed;
	return `${listed} listed and ${formatCount(page.unnamed)} ${plural('organisation', page.unnamed)} not named`;
}
