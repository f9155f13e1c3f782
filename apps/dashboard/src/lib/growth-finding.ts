/** The growth card's finding: how membership changed over the months shown, in one sentence. */
import type { MembershipGrowth } from '@untoc-alliance/schema';
import { formatBucket, formatCount, parseIsoDate, plural } from './format.ts';
import { sectorLabel } from './labels.ts';

/** "Members grew from 9 in Aug 2022 to 61 in Nov 2026; NGO / CSO grew most (+13)." */
export function growthFinding(g: MembershipGrowth): string {
	const first = g.months[0];
	const last = g.months.at(-1);
	if (!first || !last || last.total + first.total === 0) return 'No members match this filter.';
	const [from, to] = [first, last].map((m) => formatBucket(parseIsoDate(m.month), 'month'));
	const count = (n: number) => `${formatCount(n)} ${plural('member', n)}`;
	if (first === last) return `${count(last.total)} in ${to ?? ''}.`;
	const verb = last.total > first.total ? 'grew' : last.total < first.total ? 'fell' : 'stayed';
	const head =
		verb === 'stayed'
			? `Membership stayed at ${formatCount(last.total)} from ${from ?? ''} to ${to ?? ''}`
			: `Members ${verb} from ${formatCount(first.total)} in ${from ?? ''} to ${formatCount(last.total)} in ${to ?? ''}`;
	const gains = g.sectors.map((sector, i) => ({
		sector,
		gain: (last.counts[i] ?? 0) - (first.counts[i] ?? 0)
	}));
	const top = [...gains].sort((a, b) => b.gain - a.gain)[0];
	if (!top || top.gain <= 0 || gains.length < 2) return `${head}.`;
	return `${head}; ${sectorLabel(top.sector)} grew most (+${formatCount(top.gain)}).`;
}
