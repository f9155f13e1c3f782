/**
 * The natural keys that make an import idempotent: an organisation is its name (in lower case) and
 * country, a membership its alliance and organisation, an event its alliance (or none), start date
 * and exact title. Re-importing a file finds every row by these keys and changes nothing.
 */
import type { EventImportRow, ImportTable, MemberImportRow } from './import-rows.ts';

/** The search key of a name: lower case (Unicode-aware), as the database's `name_key`. */
export function importNameKey(name: string): string {
	return name.trim().toLowerCase();
}

/** An organisation's natural key. */
export function organisationKey(o: { name: string; country: string }): string {
	return `${o.country}\u0000${importNameKey(o.name)}`;
}

/** An event's natural key (alliance empty for a global event). */
export function eventKey(e: { alliance: string | null; startDate: string; title: string }): string {
	return `${e.alliance ?? ''}\u0000${e.startDate}\u0000${e.title.trim()}`;
}

function sameOrganisation(a: MemberImportRow['organisation'], b: MemberImportRow['organisation']) {
	return a.sector === b.sector && (a.public === undefined || a.public === b.public);
}

/** Adds an error for every row that repeats the key of an earlier row (or contradicts it). */
export function checkMemberKeys(table: ImportTable<MemberImportRow>): void {
	const organisations = new Map<string, MemberImportRow>();
	const memberships = new Map<string, number>();
	table.rows = table.rows.filter((r) => {
		const orgKey = organisationKey(r.organisation);
		const first = organisations.get(orgKey);
		if (first && !sameOrganisation(first.organisation, r.organisation)) {
			const message = `Row ${first.row} gives this organisation another sector or public flag`;
			table.errors.push({ row: r.row, column: 'Organisation', message });
			return false;
		}
		const key = `${r.membership.alliance}\u0000${orgKey}`;
		const earlier = memberships.get(key);
		if (earlier !== undefined) {
			const message = `Row ${earlier} already holds this organisation's membership of ${r.membership.alliance}`;
			table.errors.push({ row: r.row, column: 'Organisation', message });
			return false;
		}
		organisations.set(orgKey, first ?? r);
		memberships.set(key, r.row);
		return true;
	});
}

/** Adds an error for every event row with the same alliance, start date and title as an earlier one. */
export function checkEventKeys(table: ImportTable<EventImportRow>): void {
	const events = new Map<string, number>();
	table.rows = table.rows.filter((r) => {
		const key = eventKey(r.event);
		const earlier = events.get(key);
		if (earlier !== undefined) {
			const message = `Row ${earlier} has the same alliance, start date and title`;
			table.errors.push({ row: r.row, column: 'Title', message });
			return false;
		}
		events.set(key, r.row);
		return true;
	});
}
