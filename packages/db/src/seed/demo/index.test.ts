import * as schema from '@untoc-alliance/schema';
import type { EventType } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../dataset.ts';
import { demoDataset } from './index.ts';
import { demoSources } from './sources.ts';
import type { SourceKey } from './sources.ts';

const today = '2026-11-28';
const data = demoDataset({ today });

const schemas = {
	countries: schema.Country,
	alliances: schema.Alliance,
	organisations: schema.Organisation,
	memberships: schema.Membership,
	events: schema.EngagementEvent,
	participations: schema.Participation,
	reviews: schema.CountryReview,
	contributions: schema.Contribution
} as const;
const tables = Object.keys(schemas) as (keyof Dataset)[];

function currentMembers(dataset: Dataset, alliance: string, on: string) {
	return dataset.memberships.filter(
		(m) => m.alliance === alliance && m.joinedOn <= on && (m.leftOn === null || m.leftOn > on)
	);
}

function organisationOf(dataset: Dataset, id: number) {
	const organisation = dataset.organisations.find((o) => o.id === id);
	if (!organisation) throw new Error(`No organisation ${id}`);
	return organisation;
}

/** Every date of a dataset, including those of the review steps. */
function allDates(dataset: Dataset): string[] {
	return [
		...dataset.alliances.map((a) => a.launchedOn),
		...dataset.memberships.flatMap((m) => [m.joinedOn, m.leftOn]),
		...dataset.events.flatMap((e) => [e.startDate, e.endDate]),
		...dataset.reviews.flatMap((r) => [
			r.startedOn,
			...r.steps.flatMap((s) => [s.startedOn, s.completedOn])
		]),
		...dataset.contributions.map((c) => c.date)
	].filter((d): d is string => d !== null);
}

describe('demoDataset rows', () => {
	test.each(['2026-11-28', '2023-06-30', '2020-06-30'])(
		'every row of every table parses with its schema on %s',
		(day) => {
			const dataset = demoDataset({ today: day });
			for (const table of tables) {
				for (const row of dataset[table]) {
					const result = schemas[table].safeParse(row);
					expect(result.error, `${table} ${JSON.stringify(row)}`).toBeUndefined();
				}
			}
		}
	);

	test('ids are positive integers, unique in each table', () => {
		for (const table of tables) {
			if (table === 'countries' || table === 'alliances') continue;
			const ids = data[table].map((row) => row.id);
			expect(
				ids.every((id) => Number.isInteger(id) && id > 0),
				table
			).toBe(true);
			expect(new Set(ids).size, table).toBe(ids.length);
		}
	});

	test('references between tables hold', () => {
		const organisationIds = new Set(data.organisations.map((o) => o.id));
		const eventIds = new Set(data.events.map((e) => e.id));
		const alliances = new Set(data.alliances.map((a) => a.code));
		const countries = new Set(data.countries.map((c) => c.code));
		for (const m of data.memberships) {
			expect(organisationIds.has(m.organisationId)).toBe(true);
			expect(alliances.has(m.alliance)).toBe(true);
		}
		for (const p of data.participations) {
			expect(eventIds.has(p.eventId)).toBe(true);
			if (p.organisationId !== null) expect(organisationIds.has(p.organisationId)).toBe(true);
		}
		for (const e of data.events) {
			if (e.alliance !== null) expect(alliances.has(e.alliance)).toBe(true);
			if (e.country !== null) expect(countries.has(e.country)).toBe(true);
		}
		for (const c of data.contributions) {
			expect(c.organisationIds.every((id) => organisationIds.has(id))).toBe(true);
		}
		for (const a of data.alliances) {
			if (a.leadOrganisationId !== null)
				expect(organisationIds.has(a.leadOrganisationId)).toBe(true);
		}
		for (const o of data.organisations) expect(countries.has(o.country)).toBe(true);
	});

	test('every row that is not verified is synthetic, and no verified row is synthetic', () => {
		const rows = [
			...tables.flatMap((table) => data[table] as object[]),
			...data.reviews.flatMap((r) => r.steps)
		].filter((row): row is schema.Provenance => 'verified' in row);
		expect(rows.length).toBeGreaterThan(1000);
		for (const row of rows) {
			expect(row.synthetic, JSON.stringify(row)).toBe(!row.verified);
			if (row.verified) expect(row.sourceUrl).not.toBeNull();
		}
	});

	test('demoDataset with the same today returns a deep-equal dataset', () => {
		expect(demoDataset({ today })).toStrictEqual(data);
		expect(demoDataset({ today: '2023-06-30' })).toStrictEqual(
			demoDataset({ today: '2023-06-30' })
		);
	});
});

describe('demoDataset alliances and members', () => {
	test("Pakistan's alliance is the verified one launched on 15 Sep 2022 (S7), led by CGR-NIOC", () => {
		const pak = data.alliances.find((a) => a.code === 'PAK');
		expect(pak).toMatchObject({
			country: 'PAK',
			name: 'Civil Society Alliance for the UNTOC review (Pakistan)',
			launchedOn: '2022-09-15',
			verified: true,
			synthetic: false,
			sourceUrl: demoSources.S7
		});
		expect(organisationOf(data, pak?.leadOrganisationId ?? 0).name).toContain('NIOC');
	});

	test('Pakistan has 50+ current members in 8+ sectors covering all 7 regions on 2026-11-28', () => {
		const members = currentMembers(data, 'PAK', today);
		expect(members.length).toBeGreaterThanOrEqual(50);
		const sectors = new Set(members.map((m) => organisationOf(data, m.organisationId).sector));
		expect(sectors.size).toBeGreaterThanOrEqual(8);
		const regions = new Set(members.flatMap((m) => m.regions));
		for (const region of ['PK-IS', 'PK-PB', 'PK-SD', 'PK-KP', 'PK-BA', 'PK-GB', 'PK-JK'] as const) {
			expect(regions.has(region), region).toBe(true);
		}
	});

	test('Pakistan has over 50 members at the launch, grows later and loses two or three', () => {
		const atLaunch = currentMembers(data, 'PAK', '2022-09-15').length;
		expect(atLaunch).toBeGreaterThan(50);
		expect(currentMembers(data, 'PAK', '2022-09-14').length).toBeLessThan(atLaunch);
		expect(currentMembers(data, 'PAK', '2022-09-15').length).toBeLessThan(
			data.memberships.filter((m) => m.alliance === 'PAK').length
		);
		const left = data.memberships.filter((m) => m.alliance === 'PAK' && m.leftOn !== null);
		expect(left.length).toBeGreaterThanOrEqual(2);
		expect(left.length).toBeLessThanOrEqual(3);
		const joinedAfterLaunch = data.memberships.filter(
			(m) => m.alliance === 'PAK' && m.joinedOn > '2022-09-15'
		);
		expect(joinedAfterLaunch.length).toBeGreaterThan(5);
	});

	test("Mexico's pilot has 20+ current members, all working in Mexican regions", () => {
		const members = currentMembers(data, 'MEX', today);
		expect(members.length).toBeGreaterThanOrEqual(20);
		for (const m of members) expect(m.regions.every((r) => r.startsWith('MX-'))).toBe(true);
		expect(data.alliances.find((a) => a.code === 'MEX')?.launchedOn).toBe('2022-04-05');
	});

	test('the organisations named in the sources are verified with a source; HRW and SSDO are absent', () => {
		for (const name of ['NIOC', 'Centre for Human Rights (CFHR)', 'The Grief Directory']) {
			const organisation = data.organisations.find((o) => o.name.includes(name));
			expect(organisation, name).toMatchObject({ verified: true, synthetic: false });
			expect(organisation?.sourceUrl).toMatch(/^https:\/\//);
		}
		const names = data.organisations.map((o) => o.name.toLowerCase());
		expect(names.some((n) => n.includes('human rights watch') || n.includes('ssdo'))).toBe(false);
		expect(names.some((n) => n.includes('sustainable social development'))).toBe(false);
	});

	test('invented organisations are synthetic, unverified and have no source', () => {
		const invented = data.organisations.filter((o) => !o.verified);
		expect(invented.length).toBeGreaterThanOrEqual(80);
		for (const o of invented) expect(o).toMatchObject({ synthetic: true, sourceUrl: null });
	});
});

interface DatedFact {
	type: EventType;
	startDate: string;
	endDate?: string;
	source: SourceKey;
	region?: string;
	reported?: number;
}

const datedFacts: DatedFact[] = [
	{ type: 'launch', startDate: '2020-06-18', source: 'S29' },
	{ type: 'training', startDate: '2020-07-21', endDate: '2020-07-24', source: 'S29' },
	{ type: 'plenary', startDate: '2020-10-12', endDate: '2020-10-16', source: 'S15' },
	{ type: 'consultation', startDate: '2022-03-24', source: 'S8', region: 'MX-CMX' },
	{ type: 'consultation', startDate: '2022-03-25', source: 'S8', region: 'MX-CMX' },
	{ type: 'constructive_dialogue', startDate: '2022-05-06', source: 'S14' },
	{ type: 'constructive_dialogue', startDate: '2022-05-27', source: 'S14' },
	{ type: 'advisory_board', startDate: '2022-06-24', source: 'S3', reported: 12 },
	{ type: 'constructive_dialogue', startDate: '2022-07-01', source: 'S14' },
	{ type: 'launch', startDate: '2022-09-15', source: 'S7', region: 'PK-IS', reported: 45 },
	{ type: 'plenary', startDate: '2022-10-17', endDate: '2022-10-21', source: 'S4' },
	{ type: 'advisory_board', startDate: '2022-10-28', source: 'S4', reported: 8 },
	{ type: 'advisory_board', startDate: '2023-03-30', source: 'S5', reported: 12 },
	{ type: 'network_meeting', startDate: '2023-12-08', source: 'S32', reported: 24 },
	{ type: 'side_event', startDate: '2024-05-15', source: 'S46', reported: 60 },
	{ type: 'consultation', startDate: '2024-07-12', source: 'S48', reported: 20 },
	{
		type: 'plenary',
		startDate: '2024-10-14',
		endDate: '2024-10-18',
		source: 'S22',
		reported: 1400
	},
	{ type: 'roundtable', startDate: '2024-11-15', source: 'S44', region: 'PK-PB' }
];

describe('demoDataset events and participations', () => {
	test('has at least 150 events between 2019-01-01 and today', () => {
		const inRange = data.events.filter((e) => e.startDate >= '2019-01-01' && e.startDate <= today);
		expect(inRange.length).toBeGreaterThanOrEqual(150);
		const after = (day: string) => data.events.filter((e) => e.startDate >= day).length;
		expect(after('2022-09-15')).toBeGreaterThan(data.events.length - after('2022-09-15'));
	});

	test.each(datedFacts)(
		'the fact $type of $startDate is verified with its source ($source)',
		(f) => {
			const event = data.events.find(
				(e) => e.type === f.type && e.startDate === f.startDate && e.verified
			);
			expect(event).toMatchObject({
				endDate: f.endDate ?? null,
				verified: true,
				synthetic: false,
				sourceUrl: demoSources[f.source]
			});
			if (f.region) expect(event?.region).toBe(f.region);
			if (f.reported) expect(event?.participantsReported).toBe(f.reported);
		}
	);

	test('the Oct 2019 needs-assessment workshop is kept, inferred, as its day is not in S29', () => {
		const workshop = data.events.find((e) => e.title.includes('Needs Assessment'));
		expect(workshop).toMatchObject({
			verified: false,
			synthetic: true,
			sourceUrl: demoSources.S29
		});
		expect(workshop?.startDate.slice(0, 7)).toBe('2019-10');
	});

	test('every event has participations; verified events have only synthetic ones', () => {
		const verified = new Set(data.events.filter((e) => e.verified).map((e) => e.id));
		for (const e of data.events)
			expect(data.participations.some((p) => p.eventId === e.id)).toBe(true);
		for (const p of data.participations.filter((row) => verified.has(row.eventId))) {
			expect(p.synthetic).toBe(true);
		}
	});

	test('civil-society participants carry their organisation sector; delegations carry none', () => {
		for (const p of data.participations) {
			if (p.side === 'civil_society' && p.organisationId !== null) {
				expect(p.sector).toBe(organisationOf(data, p.organisationId).sector);
				// Up to 10 people, or 12 for CGR-NIOC at its own board meetings (minutes of S3, S5).
				expect(p.participants).toBeGreaterThanOrEqual(1);
				expect(p.participants).toBeLessThanOrEqual(12);
			} else {
				expect(p).toMatchObject({ organisationId: null, sector: null });
			}
		}
	});

	test('most Pakistan events show the trilateral framework', () => {
		const pakEvents = data.events.filter((e) => e.alliance === 'PAK');
		const trilateral = pakEvents.filter((e) => {
			const sides = new Set(
				data.participations.filter((p) => p.eventId === e.id).map((p) => p.side)
			);
			return sides.size === 3;
		});
		expect(trilateral.length / pakEvents.length).toBeGreaterThan(0.5);
	});

	test('events of a year keep their ids when today moves to a later year', () => {
		const earlier = demoDataset({ today: '2023-06-30' });
		for (const e of earlier.events) expect(data.events.find((x) => x.id === e.id)).toStrictEqual(e);
	});
});

describe('demoDataset as of today', () => {
	test.each(['2026-11-28', '2023-06-30', '2020-06-30'])('nothing is dated after %s', (day) => {
		const dates = allDates(demoDataset({ today: day }));
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.filter((d) => d > day)).toEqual([]);
	});

	test('on 2023-06-30 events stop at that day, and later members and contributions are absent', () => {
		const dataset = demoDataset({ today: '2023-06-30' });
		expect(dataset.events.length).toBeGreaterThan(50);
		expect(dataset.events.length).toBeLessThan(data.events.length);
		expect(dataset.events.every((e) => (e.endDate ?? e.startDate) <= '2023-06-30')).toBe(true);
		const lastEvent =
			dataset.events
				.map((e) => e.startDate)
				.sort()
				.at(-1) ?? '';
		expect(lastEvent >= '2023-06-01').toBe(true);
		expect(dataset.memberships.length).toBeLessThan(data.memberships.length);
		expect(dataset.contributions.some((c) => c.date === '2024-11-15')).toBe(false);
	});
});
