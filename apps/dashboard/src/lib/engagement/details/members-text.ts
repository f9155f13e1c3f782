/** The engaged-members section in the page's language: its finding and each member's engagement. */
import type { EngagementMembers, MemberEngagement } from '@untoc-alliance/schema';
import { fewerThan, formatDay, formatSuppressible } from '../../format.ts';
import { m } from '../../i18n.svelte.ts';

/**
 * "Centre X is the most engaged member, with 14 events; 12 of the 52 members took part in no
 * event between 1 Jan 2024 and 31 Dec 2024."
 */
export function membersFinding(data: EngagementMembers): string {
	const say = m().engagement.members;
	if (data.members === 0) return say.noMembers;
	const top = data.most[0];
	const below = data.suppressedBelow;
	const inactive = say.inactiveClause({
		inactive: formatSuppressible(data.inactive.total, below),
		members:
			data.members === null
				? say.suppressedMembers(fewerThan(below))
				: m().common.count.members(data.members),
		since: formatDay(data.since),
		asOf: formatDay(data.asOf)
	});
	if (!top || top.events === 0) return say.noneEngaged(inactive);
	return say.mostEngaged(top.name, top.events, inactive);
}

/** "14 events · 32 participants". */
export function engagementCounts(x: Pick<MemberEngagement, 'events' | 'participants'>): string {
	return m().engagement.members.counts(x.events, x.participants);
}

/** "Last event 3 Mar 2024", or "Never took part in an event". */
export function lastEventText(lastEvent: string | null): string {
	const say = m().engagement.members;
	return lastEvent === null ? say.neverTookPart : say.lastEvent(formatDay(lastEvent));
}
