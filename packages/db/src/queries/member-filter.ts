/**
 * The member filter shared by composition and the member list: every given field must match,
 * any listed value within a field; a period selects memberships overlapping it, no period the
 * current ones.
 */
import type { DashboardFilter, IsoDate } from '@untoc-alliance/schema';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { maskOf, sharesBits, themeBits } from '../codes.ts';
import type { Tables } from '../schema-types.ts';

type MemberScope = ExpressionBuilder<Tables, 'member_facts'>;

function activeIn(eb: MemberScope, filter: DashboardFilter, today: IsoDate): Expression<SqlBool>[] {
	if (filter.from === undefined && filter.to === undefined)
		return [
			eb('member_facts.joined_on', '<=', today),
			eb.or([eb('member_facts.left_on', 'is', null), eb('member_facts.left_on', '>', today)])
		];
	const overlap: Expression<SqlBool>[] = [];
	if (filter.to !== undefined) overlap.push(eb('member_facts.joined_on', '<=', filter.to));
	if (filter.from !== undefined)
		overlap.push(
			eb.or([eb('member_facts.left_on', 'is', null), eb('member_facts.left_on', '>=', filter.from)])
		);
	return overlap;
}

function inRegions(eb: MemberScope, regions: readonly string[]): Expression<SqlBool> {
	// `in (subquery)` rather than a correlated EXISTS: the planner can start from the region index.
	return eb(
		'member_facts.membership_id',
		'in',
		eb
			.selectFrom('membership_regions')
			.select('membership_regions.membership_id')
			.where('membership_regions.region', 'in', regions)
	);
}

function matchConditions(eb: MemberScope, filter: DashboardFilter): Expression<SqlBool>[] {
	const conditions: Expression<SqlBool>[] = [];
	if (filter.alliance !== undefined)
		conditions.push(eb('member_facts.alliance', '=', filter.alliance));
	if (filter.sectors !== undefined)
		conditions.push(eb('member_facts.sector', 'in', filter.sectors));
	if (filter.themes !== undefined)
		conditions.push(sharesBits('member_facts.theme_mask', maskOf(themeBits, filter.themes)));
	if (filter.regions !== undefined) conditions.push(inRegions(eb, filter.regions));
	return conditions;
}

/** The condition on `member_facts` rows for a filter, judged on `today` without a period. */
export function memberWhere(filter: DashboardFilter, today: IsoDate) {
	return (eb: MemberScope): Expression<SqlBool> =>
		eb.and([...activeIn(eb, filter, today), ...matchConditions(eb, filter)]);
}

/** The condition for the filter's alliance, sectors, themes and regions, ignoring its period. */
export function memberMatch(filter: DashboardFilter) {
	return (eb: MemberScope): Expression<SqlBool> => eb.and(matchConditions(eb, filter));
}
