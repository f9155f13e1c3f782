/** `listEvents`: one page of the events behind the engagement numbers, searched and sorted. */
import type { EngagementEventsInput, EventsPage } from '@untoc-alliance/schema';
import { sql } from 'kysely';
import type * as z from 'zod';
import type { Database } from '../database.ts';
import { nameKey } from '../name-key.ts';
import { eventFilter } from './event-filter.ts';
import { eventRows } from './event-rows.ts';

type Input = z.output<typeof EngagementEventsInput>;

/** `%term%` for LIKE, lower-cased, with the wildcard characters of the term escaped by `\`. */
function containsPattern(term: string): string {
	return `%${nameKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The events matching the filter (as the timeline counts them), of the given types, whose title or
 * city contains `q` (case-insensitive).
 */
function matching(db: Database, input: Input) {
	let query = db.kysely.selectFrom('event_facts').where(eventFilter(input));
	if (input.types !== undefined) query = query.where('event_facts.type', 'in', input.types);
	if (input.q !== undefined && input.q !== '') {
		const pattern = containsPattern(input.q);
		query = query.where('event_facts.event_id', 'in', (eb) =>
			eb
				.selectFrom('events as e')
				.select('e.id')
				.where((w) =>
					w.or([
						sql<boolean>`lower(${sql.ref('e.title')}) like ${pattern} escape '\\'`,
						sql<boolean>`lower(${sql.ref('e.city')}) like ${pattern} escape '\\'`
					])
				)
		);
	}
	return query;
}

/** One page of the matching events, sorted by `sort` (ties by id in the same order). */
export async function listEvents(db: Database, input: Input): Promise<EventsPage> {
	const base = matching(db, input);
	const offset = (input.page - 1) * input.pageSize;
	let page = base.select('event_facts.event_id as id');
	if (input.sort === 'title')
		page = page
			.innerJoin('events as t', 't.id', 'event_facts.event_id')
			.orderBy('t.title', input.order);
	else
		page = page.orderBy(
			input.sort === 'date' ? 'event_facts.start_date' : 'event_facts.participants',
			input.order
		);
	const [count, ids] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		page.orderBy('event_facts.event_id', input.order).limit(input.pageSize).offset(offset).execute()
	]);
	const rows = await eventRows(
		db,
		ids.map((r) => r.id)
	);
	return {
		total: Number(count.n),
		page: input.page,
		pageSize: input.pageSize,
		rows: rows.map(({ participantsReported: _r, sourceUrl: _s, ...row }) => row)
	};
}
