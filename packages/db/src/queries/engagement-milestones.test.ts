import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import {
	engagementMilestones,
	labelLength,
	milestoneCap,
	shortLabel
} from './engagement-milestones.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';

describe('engagementMilestones at the demo seed', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openTestDatabase();
		await seedDatabase(db, { kind: 'demo' }, { today: '2026-11-28' });
	});
	afterAll(() => db.close());

	it('has pilot launches, COP sessions and every constructive dialogue, by date', async () => {
		const { milestones } = await engagementMilestones(db, {});
		const kinds = new Set(milestones.map((m) => m.kind));
		expect(kinds).toEqual(new Set(['pilot_launch', 'cop_session', 'constructive_dialogue']));
		const dialogues = await db.kysely
			.selectFrom('events')
			.select(['start_date', 'source_url', 'verified'])
			.where('type', '=', 'constructive_dialogue')
			.execute();
		const listed = milestones.filter((m) => m.kind === 'constructive_dialogue');
		expect(listed.map((m) => m.date).sort()).toEqual(dialogues.map((d) => d.start_date).sort());
		expect(listed.some((m) => m.verified && m.sourceUrl !== null)).toBe(true);
		const dates = milestones.map((m) => m.date);
		expect(dates).toEqual([...dates].sort());
		expect(milestones.find((m) => m.kind === 'pilot_launch' && m.alliance === 'PAK')?.date).toBe(
			'2022-09-15'
		);
	});

	it('keeps only milestones inside the period', async () => {
		const period = { from: '2022-06-01', to: '2022-12-31' };
		const { milestones } = await engagementMilestones(db, period);
		expect(milestones.length).toBeGreaterThan(2);
		for (const m of milestones) {
			expect(m.date >= period.from).toBe(true);
			expect(m.date <= period.to).toBe(true);
		}
		expect(milestones.map((m) => m.label)).toContain('COP11 opens in Vienna');
	});

	it("shows only the filtered alliance's launch, and the global dialogues beside its own", async () => {
		const { milestones } = await engagementMilestones(db, { alliance: 'MEX' });
		expect(milestones.filter((m) => m.kind === 'pilot_launch').map((m) => m.alliance)).toEqual([
			'MEX'
		]);
		const dialogues = await db.kysely
			.selectFrom('events')
			.select(['start_date', 'alliance'])
			.where('type', '=', 'constructive_dialogue')
			.where((eb) => eb.or([eb('alliance', 'is', null), eb('alliance', '=', 'MEX')]))
			.execute();
		expect(dialogues.length).toBeGreaterThan(0);
		const listed = milestones.filter((m) => m.kind === 'constructive_dialogue');
		expect(listed.map((m) => [m.date, m.alliance]).sort()).toEqual(
			dialogues.map((d) => [d.start_date, d.alliance]).sort()
		);
	});
});

describe('engagementMilestones at a scale seed', () => {
	it('stays within the cap of the contract, keeping every launch and COP session', async () => {
		// 3,000 events, about 250 of them constructive dialogues
		const db = await openTestDatabase();
		await seedDatabase(db, { kind: 'scale', records: 300_000 }, { today: '2026-11-28' });
		const { milestones } = await engagementMilestones(db, {});
		expect(milestones.length).toBe(milestoneCap);
		const fixed = milestones.filter((m) => m.kind !== 'constructive_dialogue');
		expect(fixed.filter((m) => m.kind === 'cop_session')).toHaveLength(2);
		expect(fixed.length).toBeGreaterThan(30);
		await db.close();
	}, 60_000);
});

describe('shortLabel', () => {
	it('keeps short titles and cuts long ones at a word with an ellipsis', () => {
		expect(shortLabel('COP12 side event')).toBe('COP12 side event');
		const long = shortLabel(`Constructive dialogue on ${'international cooperation '.repeat(4)}`);
		expect(long.length).toBeLessThanOrEqual(labelLength);
		expect(long.endsWith('cooperation…') || long.endsWith('international…')).toBe(true);
	});
});
