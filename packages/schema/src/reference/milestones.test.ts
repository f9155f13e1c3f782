import { describe, expect, test } from 'vitest';
import { Milestone, milestoneList } from './milestones.ts';

describe('milestones', () => {
	test('COP11 (2022-10-17) and COP12 (2024-10-14) are listed by date, each with a source', () => {
		expect(milestoneList.map((m) => Milestone.parse(m))).toMatchObject([
			{ date: '2022-10-17', kind: 'cop_session', verified: true },
			{ date: '2024-10-14', kind: 'cop_session', verified: true }
		]);
		for (const m of milestoneList) expect(m.sourceUrl).toMatch(/^https:\/\//);
	});

	test('a milestone with an unknown kind is rejected', () => {
		const bad = { ...milestoneList[0], kind: 'birthday' };
		expect(Milestone.safeParse(bad).success).toBe(false);
	});
});
