/** What a member organisation did: events it attended and contributions it authored. */
import type {
	AttendedEvent,
	AuthoredContribution,
	ClusterId,
	ContributionType,
	EventType
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';

/** The most recent items of a member's activity returned; `total` counts all of them. */
export const activityCap = 200;

/** Events with a participation of the organisation, newest first (read by its index). */
export async function attendedEvents(db: Database, organisationId: number) {
	const mine = db.kysely
		.selectFrom('participations as p')
		.where('p.organisation_id', '=', organisationId);
	const [count, rows] = await Promise.all([
		mine.select((eb) => eb.fn.count<number>('p.event_id').distinct().as('n')).executeTakeFirst(),
		mine
			.innerJoin('events as e', 'e.id', 'p.event_id')
			.select((eb) => [
				'e.id',
				'e.title',
				'e.type',
				'e.start_date',
				eb.fn.sum<number>('p.participants').as('participants')
			])
			.groupBy('e.id')
			.orderBy('e.start_date', 'desc')
			.orderBy('e.id', 'desc')
			.limit(activityCap)
			.execute()
	]);
	const list = rows.map((r): AttendedEvent => ({
		id: r.id,
		title: r.title,
		type: r.type as EventType,
		startDate: r.start_date,
		participants: Number(r.participants)
	}));
	return { total: Number(count?.n ?? 0), rows: list };
}

/** Contributions the organisation co-authored, newest first. */
export async function authoredContributions(db: Database, organisationId: number) {
	const mine = db.kysely
		.selectFrom('contribution_organisations as co')
		.where('co.organisation_id', '=', organisationId);
	const [count, rows] = await Promise.all([
		mine.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		mine
			.innerJoin('contributions as c', 'c.id', 'co.contribution_id')
			.select(['c.id', 'c.title', 'c.type', 'c.date', 'c.cluster'])
			.orderBy('c.date', 'desc')
			.orderBy('c.id', 'desc')
			.limit(activityCap)
			.execute()
	]);
	const list = rows.map((r): AuthoredContribution => ({
		id: r.id,
		title: r.title,
		type: r.type as ContributionType,
		date: r.date,
		cluster: r.cluster as ClusterId | null
	}));
	return { total: Number(count?.n ?? 0), rows: list };
}
