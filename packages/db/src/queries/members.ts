/** `listMembers`: one page of the members behind the composition numbers. */
import type {
	IsoDate,
	MemberRow,
	MembersListInput,
	MemberRowsPage as MembersPage,
	RegionCode,
	Sector
} from '@untoc-alliance/schema';
import { sql } from 'kysely';
import type * as z from 'zod';
import { codesOf, themeBits } from '../codes.ts';
import type { Database } from '../database.ts';
import { nameKey } from '../name-key.ts';
import { memberWhere } from './member-filter.ts';

type ListInput = z.output<typeof MembersListInput>;

const sortColumns = {
	name: 'member_facts.name_key',
	sector: 'member_facts.sector',
	joinedOn: 'member_facts.joined_on'
} as const;

/** `%term%` for LIKE, with the wildcard characters of the term escaped by `\`. */
function containsPattern(term: string): string {
	return `%${nameKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matching(
	db: Database,
	input: ListInput,
	options: { today: IsoDate; publicOnly: boolean }
) {
	const { today, publicOnly } = options;
	let query = db.kysely.selectFrom('member_facts').where(memberWhere(input, today));
	if (publicOnly)
		query = query.where('member_facts.membership_id', 'in', (eb) =>
			eb
				.selectFrom('memberships')
				.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
				.select('memberships.id')
				.where('organisations.public', '=', 1)
		);
	if (input.q !== undefined && input.q !== '') {
		const pattern = containsPattern(input.q);
		query = query.where(
			sql<boolean>`${sql.ref('member_facts.name_key')} like ${pattern} escape '\\'`
		);
	}
	return query;
}

async function regionsOf(db: Database, ids: number[]): Promise<Map<number, RegionCode[]>> {
	const map = new Map<number, RegionCode[]>();
	if (ids.length === 0) return map;
	const rows = await db.kysely
		.selectFrom('membership_regions')
		.select(['membership_id', 'region'])
		.where('membership_id', 'in', ids)
		.orderBy('region')
		.execute();
	for (const row of rows) {
		const list = map.get(row.membership_id) ?? [];
		list.push(row.region as RegionCode);
		map.set(row.membership_id, list);
	}
	return map;
}

/**
 * Lists members matching the filter and `q`, sorted (ties by id) and paged from page 1; with
 * `publicOnly` only those whose organisation is marked public.
 */
export async function listMembers(
	db: Database,
	input: ListInput,
	options: { today: IsoDate; publicOnly?: boolean }
): Promise<MembersPage> {
	const base = matching(db, input, {
		today: options.today,
		publicOnly: options.publicOnly ?? false
	});
	const [count, rows] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		base
			.selectAll('member_facts')
			.orderBy(sortColumns[input.sort], input.order)
			.orderBy('member_facts.membership_id', 'asc')
			.limit(input.pageSize)
			.offset((input.page - 1) * input.pageSize)
			.execute()
	]);
	const regions = await regionsOf(
		db,
		rows.map((r) => r.membership_id)
	);
	const page: MemberRow[] = rows.map((r) => ({
		id: r.membership_id,
		name: r.name,
		alliance: r.alliance,
		sector: r.sector as Sector,
		regions: regions.get(r.membership_id) ?? [],
		themes: codesOf(themeBits, r.theme_mask),
		joinedOn: r.joined_on,
		synthetic: r.synthetic === 1
	}));
	return { total: Number(count.n), page: input.page, pageSize: input.pageSize, rows: page };
}
