/** The growth card's finding (how membership changed over the months shown) and milestone labels. */
import type { MembershipGrowth } from '@untoc-alliance/schema';
import { formatBucket, formatSuppressible, parseIsoDate } from './format.ts';
import { m } from './i18n.svelte.ts';
import { sectorLabel } from './labels.ts';

/**
 * "Members grew from 9 in Aug 2022 to 61 in Nov 2026; NGO / CSO grew most (+13)." Suppressed
 * counts (null, for anonymous visitors) are never stated: a suppressed end reads "fewer than 3",
 * and only sectors shown at both ends compete for "grew most". The sentences are the catalogue's
 * (`alliance.findings.growth`).
 */
export function growthFinding(g: MembershipGrowth): string {
	const say = m().alliance.findings.growth;
	const first = g.months[0];
	const last = g.months.at(-1);
	if (!first || !last || (last.total === 0 && first.total === 0))
		return m().alliance.findings.noMembers;
	const [from, to] = [first, last].map((month) => formatBucket(parseIsoDate(month.month), 'month'));
	const amount = (n: number | null) => formatSuppressible(n, g.suppressedBelow);
	if (first === last) return say.oneMonth(last.total, amount(last.total), to ?? '');
	const [a, b] = [first.total, last.total];
	const change =
		a === null || b === null ? say.went : b > a ? say.grew : b < a ? say.fell : undefined;
	const head = change
		? change({ amount: amount(a), month: from ?? '' }, { amount: amount(b), month: to ?? '' })
		: say.stayed(amount(b), from ?? '', to ?? '');
	const gains = g.sectors.flatMap((sector, i) => {
		const [start, end] = [first.counts[i], last.counts[i]];
		return start === null || end === null || start === undefined || end === undefined
			? []
			: [{ sector, gain: end - start }];
	});
	const top = [...gains].sort((x, y) => y.gain - x.gain)[0];
	if (!top || top.gain <= 0 || g.sectors.length < 2) return say.sentence(head);
	return say.withTop(head, sectorLabel(top.sector), top.gain);
}
