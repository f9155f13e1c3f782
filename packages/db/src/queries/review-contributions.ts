/**
 * `reviewContributions`: civil-society contributions to the reviews of a country (or of every
 * country), filtered by author sector and period, counted per cluster × type and cluster × sector.
 */
import {
	Sector,
	type ClusterId,
	type ContributionAuthor,
	type ContributionItem,
	type ContributionType,
	type IsoDate,
	type ReviewContributions,
	type ReviewContributionsInput
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';

type Cluster = ClusterId | null;

/** Counts of `keys` in the order first seen, as `{ cluster, [name]: key, count }` rows. */
function tally<TKey extends string>(pairs: [Cluster, TKey][]): [Cluster, TKey, number][] {
	const counts = new Map<string, [Cluster, TKey, number]>();
	for (const [cluster, key] of pairs) {
		const id = `${cluster ?? ''} ${key}`;
		const row = counts.get(id) ?? [cluster, key, 0];
		row[2] += 1;
		counts.set(id, row);
	}
	return [...counts.values()].sort(
		(a, b) => (a[0] ?? 9) - (b[0] ?? 9) || b[2] - a[2] || a[1].localeCompare(b[1])
	);
}

async function countryOf(db: Database, alliance: string): Promise<string | undefined> {
	const row = await db.kysely
		.selectFrom('alliances')
		.select('country')
		.where('code', '=', alliance)
		.executeTakeFirst();
	return row?.country;
}

async function authorsOf(db: Database, ids: number[]) {
	if (ids.length === 0) return new Map<number, ContributionAuthor[]>();
	const rows = await db.kysely
		.selectFrom('contribution_organisations as co')
		.innerJoin('organisations as o', 'o.id', 'co.organisation_id')
		.select(['co.contribution_id', 'o.id', 'o.name', 'o.sector'])
		.where('co.contribution_id', 'in', ids)
		.orderBy('co.contribution_id')
		.orderBy('o.name')
		.execute();
	const byId = new Map<number, ContributionAuthor[]>();
	for (const r of rows) {
		const sector = Sector.safeParse(r.sector);
		const author = { id: r.id, name: r.name, sector: sector.success ? sector.data : null };
		byId.set(r.contribution_id, [...(byId.get(r.contribution_id) ?? []), author]);
	}
	return byId;
}

/** The contributions matching `input`, newest first, with their counts. */
export async function reviewContributions(
	db: Database,
	input: ReviewContributionsInput,
	options: { today: IsoDate }
): Promise<ReviewContributions> {
	const country = input.alliance === undefined ? undefined : await countryOf(db, input.alliance);
	let query = db.kysely.selectFrom('contributions').selectAll();
	if (input.alliance !== undefined) query = query.where('country', '=', country ?? '');
	if (input.from !== undefined) query = query.where('date', '>=', input.from);
	if (input.to !== undefined) query = query.where('date', '<=', input.to);
	const rows = await query.orderBy('date', 'desc').orderBy('id').execute();
	const authors = await authorsOf(
		db,
		rows.map((r) => r.id)
	);
	const wanted = input.sectors ? new Set<string>(input.sectors) : undefined;
	const items: ContributionItem[] = rows
		.map((r) => ({
			id: r.id,
			country: r.country,
			cluster: r.cluster as Cluster,
			type: r.type as ContributionType,
			title: r.title,
			date: r.date,
			authors: authors.get(r.id) ?? [],
			verified: r.verified === 1,
			synthetic: r.synthetic === 1,
			sourceUrl: r.source_url
		}))
		.filter((c) => !wanted || c.authors.some((a) => a.sector !== null && wanted.has(a.sector)));
	const sectorPairs = items.flatMap((c) =>
		[
			...new Set(
				c.authors.flatMap((a) => (a.sector && (!wanted || wanted.has(a.sector)) ? [a.sector] : []))
			)
		].map((s): [Cluster, Sector] => [c.cluster, s])
	);
	return {
		byType: tally(items.map((c) => [c.cluster, c.type])).map(([cluster, type, count]) => ({
			cluster,
			type,
			count
		})),
		bySector: tally(sectorPairs).map(([cluster, sector, count]) => ({ cluster, sector, count })),
		items,
		total: items.length,
		synthetic: items.some((c) => c.synthetic),
		asOf: options.today
	};
}
