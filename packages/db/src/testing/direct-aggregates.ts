/**
 * Test helper: what the event summary tables must hold, computed in plain JS from the raw rows,
 * independently of the SQL that maintains them.
 */
import type { Database } from '../database.ts';
import { sectorBits, themeBits } from '../codes.ts';

type Row = Record<string, string | number | null>;

function add(map: Map<string, Row>, key: Row, values: Record<string, number>): void {
	const id = JSON.stringify(key);
	const row = map.get(id) ?? {
		...key,
		...Object.fromEntries(Object.keys(values).map((k) => [k, 0]))
	};
	for (const [k, v] of Object.entries(values)) row[k] = Number(row[k]) + v;
	map.set(id, row);
}

function sorted(map: Map<string, Row>): Row[] {
	return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
}

async function rawRows(db: Database) {
	const k = db.kysely;
	const events = await k
		.selectFrom('events')
		.select(['id', 'alliance', 'type', 'start_date', 'region', 'synthetic'])
		.execute();
	const themes = await k.selectFrom('event_themes').selectAll().execute();
	const people = await k
		.selectFrom('participations')
		.select(['event_id', 'side', 'sector', 'participants', 'synthetic'])
		.execute();
	return { events, themes, people };
}

/** The event facts and timeline rollups recomputed from the raw rows, sorted by key. */
export async function directAggregates(db: Database) {
	const { events, themes, people } = await rawRows(db);
	const facts = new Map<string, Row>();
	const sectorFacts = new Map<string, Row>();
	const sideFacts = new Map<string, Row>();
	for (const e of events) {
		const mask = themes
			.filter((t) => t.event_id === e.id)
			.reduce((m, t) => m | themeBits[t.theme as 'drugs'], 0);
		const mine = people.filter((p) => p.event_id === e.id);
		const sectorMask = mine.reduce((m, p) => m | (p.sector ? sectorBits[p.sector as 'ngo'] : 0), 0);
		const synthetic = e.synthetic === 1 || mine.some((p) => p.synthetic === 1) ? 1 : 0;
		const participants = mine.reduce((n, p) => n + p.participants, 0);
		const key = {
			event_id: e.id,
			alliance: e.alliance,
			month: e.start_date.slice(0, 7),
			start_date: e.start_date,
			type: e.type,
			region: e.region
		};
		facts.set(String(e.id), {
			...key,
			theme_mask: mask,
			sector_mask: sectorMask,
			participants,
			synthetic
		});
		for (const p of mine)
			add(sideFacts, { event_id: e.id, side: p.side }, { participants: p.participants });
		for (const p of mine)
			if (p.sector)
				add(sectorFacts, { event_id: e.id, sector: p.sector }, { participants: p.participants });
	}
	const rollup = new Map<string, Row>();
	const masks = new Map<string, Row>();
	const sectors = new Map<string, Row>();
	for (const f of facts.values())
		for (const scope of f['alliance'] === null ? ['*'] : [String(f['alliance']), '*']) {
			const at = { scope, month: f['month'] ?? '', type: f['type'] ?? '' };
			add(rollup, at, {
				events: 1,
				participants: Number(f['participants']),
				synthetic_events: Number(f['synthetic'])
			});
			if (f['sector_mask'] !== 0)
				add(
					masks,
					{ ...at, sector_mask: f['sector_mask'] ?? 0 },
					{ events: 1, synthetic_events: Number(f['synthetic']) }
				);
			for (const s of sectorFacts.values())
				if (s['event_id'] === f['event_id'])
					add(
						sectors,
						{ ...at, sector: s['sector'] ?? '' },
						{ participants: Number(s['participants']) }
					);
		}
	return {
		event_facts: sorted(
			new Map([...facts.values()].map((r) => [String(r['event_id']).padStart(9, '0'), r]))
		),
		event_sector_facts: sorted(sectorFacts),
		event_side_facts: sorted(sideFacts),
		timeline_rollup: sorted(rollup),
		timeline_mask_rollup: sorted(masks),
		timeline_sector_rollup: sorted(sectors)
	};
}

/** The same tables as stored, in the same order and shape. */
export async function storedAggregates(db: Database) {
	const k = db.kysely;
	return {
		event_facts: await k.selectFrom('event_facts').selectAll().orderBy('event_id').execute(),
		event_sector_facts: await k
			.selectFrom('event_sector_facts')
			.selectAll()
			.orderBy('event_id')
			.orderBy('sector')
			.execute(),
		event_side_facts: await k
			.selectFrom('event_side_facts')
			.selectAll()
			.orderBy('event_id')
			.orderBy('side')
			.execute(),
		timeline_rollup: await k
			.selectFrom('timeline_rollup')
			.selectAll()
			.orderBy('scope')
			.orderBy('month')
			.orderBy('type')
			.execute(),
		timeline_mask_rollup: await k
			.selectFrom('timeline_mask_rollup')
			.selectAll()
			.orderBy('scope')
			.orderBy('month')
			.orderBy('type')
			.orderBy('sector_mask')
			.execute(),
		timeline_sector_rollup: await k
			.selectFrom('timeline_sector_rollup')
			.selectAll()
			.orderBy('scope')
			.orderBy('month')
			.orderBy('type')
			.orderBy('sector')
			.execute()
	};
}

/** Tables as sorted lists of canonical JSON rows, so that two sources compare with toEqual. */
export function canonical(tables: Record<string, readonly object[]>): Record<string, string[]> {
	return Object.fromEntries(
		Object.entries(tables).map(([name, rows]) => [
			name,
			rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort()
		])
	);
}
