/** `eventDetail`: one event with its themes, source and everyone recorded as taking part. */
import {
	sides,
	themes as themeVocabulary,
	type EventDetail,
	type EventParticipant,
	type Sector,
	type Side,
	type Theme
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { eventRows } from './event-rows.ts';
import { compareText } from './collate.ts';

/** Participants recorded per event at most (the contract's cap). */
export const participationCap = 2_000;

/**
 * The event's participations, one row per organisation (its rows summed; organiser when any row
 * says so) and one per side for delegations without an organisation.
 */
async function participationsOf(
	db: Database,
	event: { id: number; alliance: string | null; startDate: string }
): Promise<EventParticipant[]> {
	const rows = await db.kysely
		.selectFrom('participations as p')
		.leftJoin('organisations as o', 'o.id', 'p.organisation_id')
		.where('p.event_id', '=', event.id)
		.select((eb) => [
			'p.organisation_id',
			'p.side',
			eb.fn.max('p.sector').as('sector'),
			eb.fn.max('o.name').as('name'),
			eb.fn.sum<number>('p.participants').as('participants'),
			eb.fn.max('p.organiser').as('organiser')
		])
		.groupBy(['p.organisation_id', 'p.side'])
		.execute();
	const ids = rows.flatMap((r) => (r.organisation_id === null ? [] : [r.organisation_id]));
	const memberships =
		event.alliance === null || ids.length === 0
			? []
			: await db.kysely
					.selectFrom('memberships')
					.select(['id', 'organisation_id', 'joined_on', 'left_on'])
					.where('alliance', '=', event.alliance)
					.where('organisation_id', 'in', ids)
					.orderBy('joined_on', 'desc')
					.orderBy('id')
					.execute();
	// The membership held on the event's day, else the latest one.
	const held = (m: (typeof memberships)[number]) =>
		m.joined_on <= event.startDate && (m.left_on === null || m.left_on >= event.startDate) ? 1 : 0;
	memberships.sort((a, b) => held(b) - held(a));
	const membershipOf = new Map<number, number>();
	for (const m of memberships)
		if (!membershipOf.has(m.organisation_id)) membershipOf.set(m.organisation_id, m.id);
	const sideOrder = (s: string) => sides.codes.indexOf(s as Side);
	return rows
		.map((r): EventParticipant => ({
			organisationId: r.organisation_id,
			membershipId:
				r.organisation_id === null ? null : (membershipOf.get(r.organisation_id) ?? null),
			name: r.name ?? null,
			side: r.side as Side,
			sector: (r.sector ?? null) as Sector | null,
			participants: Number(r.participants),
			organiser: Number(r.organiser) === 1
		}))
		.sort(
			(a, b) =>
				Number(b.organiser) - Number(a.organiser) ||
				sideOrder(a.side) - sideOrder(b.side) ||
				compareText(a.name ?? '\uffff', b.name ?? '\uffff') ||
				(a.organisationId ?? 0) - (b.organisationId ?? 0)
		)
		.slice(0, participationCap);
}

/** The page of event `id`, or undefined when there is no such event. */
export async function eventDetail(
	db: Database,
	options: { id: number }
): Promise<EventDetail | undefined> {
	const [row] = await eventRows(db, [options.id]);
	if (!row) return undefined;
	const [themeRows, participations] = await Promise.all([
		db.kysely.selectFrom('event_themes').select('theme').where('event_id', '=', row.id).execute(),
		participationsOf(db, row)
	]);
	const order = (t: string) => themeVocabulary.codes.indexOf(t as Theme);
	return {
		...row,
		themes: themeRows.map((t) => t.theme as Theme).sort((a, b) => order(a) - order(b)),
		participations
	};
}
