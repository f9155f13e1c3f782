/** The growth card's finding: how membership changed over the months shown, in one sentence. */
import type { MembershipGrowth } from '@untoc-alliance/schema';
import { formatBucket, formatCount, formatSuppressible, parseIsoDate, plural } from './format.ts';
import { sectorLabel } from './labels.ts';

/**
 * "Members grew from 9 in Aug 2022 to 61 in Nov 2026; NGO / CSO grew most (+13)." Suppressed
 * counts (null, for anonymous visitors) are never stated: a suppressed end reads "fewer than 3",
 * and only sectors shown at both ends compete for "grew most".
 */
export function growthFinding(g: MembershipGrowth): string {
	const first = g.months[0];
	const last = g.months.at(-1);
	if (!first || !last || (last.total === 0 && first.total === 0))
		return 'No members match this filter.';
	const [from, to] = [first, last].map((m) => formatBucket(parseIsoDate(m.month), 'month'));
	const amount = (n: number | null) => formatSuppressible(n, g.suppressedBelow);
	const count = (n: number | null) =>
		`${amount(n)} ${n === null ? 'members' : plural('member', n)}`;
	if (first === last) return `${count(last.total)} in ${to ?? ''}.`;
	const [a, b] = [first.total, last.total];
	const verb = a === null || b === null ? 'went' : b > a ? 'grew' : b < a ? 'fell' : 'stayed';
	const head =
		verb === 'stayed'
			? `Membership stayed at ${amount(b)} from ${from ?? ''} to ${to ?? ''}`
			: `Members ${verb} from ${amount(a)} in ${from ?? ''} to ${amount(b)} in ${to ?? ''}`;
	const gains = g.sectors.flatMap((sector, i) => {
		const [start, end] = [first.counts[i], last.counts[i]];
		return start === null || end === null || start === undefined || end === undefined
			? []
			: [{ sector, gain: end - start }];
	});
	const top = [...gains].sort((x, y) => y.gain - x.gain)[0];
	if (!top || top.gain <= 0 || g.sectors.length < 2) return `${head}.`;
	return `${head}; ${sectorLabel(top.sector)} grew most (+${formatCount(top.gain)}).`;
}
