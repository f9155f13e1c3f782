/** The engaged-members section in words: its finding and each member's engagement. */
import type { EngagementMembers, MemberEngagement } from '@untoc-alliance/schema';
import { countOf, formatCount, formatDay, formatSuppressible, plural } from '../../format.ts';

/**
 * "Centre X is the most engaged member, with 14 events; 12 of the 52 members took part in no
 * event between 1 Jan 2024 and 31 Dec 2024."
 */
export function membersFinding(m: EngagementMembers): string {
	if (m.members === 0) return 'No members match this filter.';
	const top = m.most[0];
	const below = m.suppressedBelow;
	const inactive = `${formatSuppressible(m.inactive.total, below)} of the ${countOf('member', m.members, below)} took part in no event between ${formatDay(m.since)} and ${formatDay(m.asOf)}`;
	if (!top || top.events === 0) return `No member took part in a matching event; ${inactive}.`;
	return `${top.name} is the most engaged member, with ${formatCount(top.events)} ${plural('event', top.events)}; ${inactive}.`;
}

/** "14 events · 32 participants". */
export function engagementCounts(m: Pick<MemberEngagement, 'events' | 'participants'>): string {
	return `${formatCount(m.events)} ${plural('event', m.events)} · ${formatCount(m.participants)} ${plural('participant', m.participants)}`;
}

/** "Last event 3 Mar 2024", or "Never took part in an event". */
export function lastEventText(lastEvent: string | null): string {
	return lastEvent === null ? 'Never took part in an event' : `Last event ${formatDay(lastEvent)}`;
}
