/** `engagementByCluster`: events and participants per review cluster, from the event facts. */
import type {
	ClusterEngagement,
	DashboardFilter,
	EngagementByCluster
} from '@untoc-alliance/schema';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { eventFilter } from './event-filter.ts';

type Facts = ExpressionBuilder<Tables, 'event_facts'>;

/** The event's participants, or only those of the filtered sectors. */
function participants(eb: Facts, sectors: readonly string[] | undefined) {
	if (sectors === undefined) return eb.ref('event_facts.participants');
	return eb.fn.coalesce(
		eb
			.selectFrom('event_sector_facts as s')
			.select((sb) => sb.fn.sum<number>('s.participants').as('n'))
			.whereRef('s.event_id', '=', 'event_facts.event_id')
			.where('s.sector', 'in', sectors),
		eb.lit(0)
	);
}

/** Events serving each cluster (an event with two clusters counts in both), and those with none. */
export async function engagementByCluster(
	db: Database,
	filter: DashboardFilter
): Promise<EngagementByCluster> {
	const rows = await db.kysely
		.selectFrom('event_facts')
		.leftJoin('event_clusters as c', 'c.event_id', 'event_facts.event_id')
		.where(eventFilter(filter))
		.select((eb) => [
			'c.cluster',
			eb.fn.countAll<number>().as('events'),
			eb.fn.sum<number>(participants(eb, filter.sectors)).as('participants'),
			eb.fn.sum<number>('event_facts.synthetic').as('synthetic')
		])
		.groupBy('c.cluster')
		.execute();
	const found = new Map(rows.map((r) => [r.cluster ?? 'none', r]));
	const keys: ClusterEngagement['cluster'][] = [1, 2, 3, 4, 'none'];
	const clusters = keys
		.filter((key) => key !== 'none' || found.has('none'))
		.map((cluster) => {
			const row = found.get(cluster);
			return {
				cluster,
				events: Number(row?.events ?? 0),
				participants: Number(row?.participants ?? 0)
			};
		});
	return { clusters, synthetic: rows.some((r) => Number(r.synthetic) > 0) };
}
