/**
 * Which articles count for a country in each cluster: only those of the instruments it is party
 * to (S15). Unverified article lists or treaty statuses stay flagged.
 */
import { clusterList, type InstrumentCode, type TreatyStatus } from '@untoc-alliance/schema';

export interface CoverageRow {
	cluster: number;
	instrument: InstrumentCode;
	articles: readonly number[];
	verified: boolean;
	sourceUrl: string | null;
	/** Per country: counted (party), not counted (not party) or unknown (no status). */
	counted: Record<string, 'yes' | 'no' | 'unknown'>;
}

export function coverageRows(
	treaties: readonly TreatyStatus[],
	countries: readonly string[]
): CoverageRow[] {
	return clusterList.flatMap((cluster) =>
		cluster.articles.map((a) => ({
			cluster: cluster.id,
			instrument: a.instrument,
			articles: a.articles,
			verified: a.verified,
			sourceUrl: a.sourceUrl,
			counted: Object.fromEntries(
				countries.map((country) => {
					const t = treaties.find((s) => s.country === country && s.instrument === a.instrument);
					return [country, t === undefined ? 'unknown' : t.party ? 'yes' : 'no'];
				})
			)
		}))
	);
}

/** Articles counted for `country` per cluster (only instruments it is party to). */
export function articlesCounted(
	rows: readonly CoverageRow[],
	country: string
): Map<number, number> {
	const counts = new Map<number, number>();
	for (const r of rows)
		if (r.counted[country] === 'yes')
			counts.set(r.cluster, (counts.get(r.cluster) ?? 0) + r.articles.length);
	return counts;
}
