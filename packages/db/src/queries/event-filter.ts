/** The dashboard filter as one condition on `event_facts` (alliance, period, region, theme, sector). */
import type { DashboardFilter } from '@untoc-alliance/schema';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { maskOf, sectorBits, sharesBits, themeBits } from '../codes.ts';
import type { Tables } from '../schema-types.ts';

/** Events of the alliance in the period, region and themes that a filtered sector took part in. */
export function eventFilter(filter: DashboardFilter) {
	return (eb: ExpressionBuilder<Tables, 'event_facts'>): Expression<SqlBool> => {
		const { alliance, from, to, regions, themes, sectors } = filter;
		const terms: Expression<SqlBool>[] = [];
		if (alliance !== undefined) terms.push(eb('event_facts.alliance', '=', alliance));
		if (from !== undefined) terms.push(eb('event_facts.start_date', '>=', from));
		if (to !== undefined) terms.push(eb('event_facts.start_date', '<=', to));
		if (regions !== undefined) terms.push(eb('event_facts.region', 'in', regions));
		if (themes !== undefined)
			terms.push(sharesBits('event_facts.theme_mask', maskOf(themeBits, themes)));
		if (sectors !== undefined)
			terms.push(sharesBits('event_facts.sector_mask', maskOf(sectorBits, sectors)));
		return eb.and(terms);
	};
}
