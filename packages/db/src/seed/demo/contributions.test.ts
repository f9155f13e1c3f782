import { Contribution } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { demoContributions } from './contributions.ts';
import { demoMembers } from './memberships.ts';
import { realOrgIds } from './organisations-real.ts';
import { demoSources } from './sources.ts';
import type { SourceKey } from './sources.ts';

const { organisations } = demoMembers();
const contributions = demoContributions(organisations);

interface Expected {
	title: string;
	date: string;
	source: SourceKey;
	verified: boolean;
	type: Contribution['type'];
}

describe('demoContributions', () => {
	test.each<Expected>([
		{
			title: 'UNTOC Review Process implementation report for 2022',
			date: '2023-03-14',
			source: 'S5',
			verified: true,
			type: 'parallel_report'
		},
		{
			title: 'Civil Society Declaration 2024',
			date: '2024-11-15',
			source: 'S44',
			verified: true,
			type: 'declaration'
		},
		{
			title: 'Parallel civil society report',
			date: '2022-09-30',
			source: 'S3',
			verified: false,
			type: 'parallel_report'
		},
		{ title: 'COP11 plenary', date: '2022-10-17', source: 'S1', verified: false, type: 'statement' }
	])('include "$title" of $date citing $source (verified: $verified)', (expected) => {
		const found = contributions.find((c) => c.title.includes(expected.title));
		expect(found).toMatchObject({
			date: expected.date,
			type: expected.type,
			verified: expected.verified,
			synthetic: !expected.verified,
			sourceUrl: demoSources[expected.source]
		});
		expect(found?.organisationIds).toContain(realOrgIds.cgr);
	});

	test('parse with the schema and reference existing organisations', () => {
		const ids = new Set(organisations.map((o) => o.id));
		expect(contributions.length).toBeGreaterThanOrEqual(10);
		for (const c of contributions) {
			expect(Contribution.parse(c)).toStrictEqual(c);
			expect(c.organisationIds.length).toBeGreaterThan(0);
			expect(c.organisationIds.every((id) => ids.has(id))).toBe(true);
		}
	});

	test('cover both countries and are partly synthetic', () => {
		expect(new Set(contributions.map((c) => c.country))).toEqual(new Set(['PAK', 'MEX']));
		expect(contributions.filter((c) => c.synthetic && c.sourceUrl === null).length).toBeGreaterThan(
			3
		);
	});
});
