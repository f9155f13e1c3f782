import type { ClusterProgress, ReviewContributions, StepProgress } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from './i18n.svelte.ts';
import {
	activeCluster,
	contributionsFinding,
	phasesFinding,
	swimlaneFinding,
	swimSteps
} from './review-lanes.ts';

afterEach(async () => {
	await i18n.use('en');
});

const codes = [
	'focal_point',
	'experts',
	'self_assessment',
	'written_feedback',
	'dialogue',
	'observations',
	'summary'
] as const;
const none = {
	startedOn: null,
	completedOn: null,
	dueOn: null,
	overdue: false,
	delayDays: null,
	verified: false,
	synthetic: true,
	sourceUrl: null
};
function cluster(
	id: 1 | 2 | 3,
	patch: Partial<Record<(typeof codes)[number], Partial<StepProgress>>>
): ClusterProgress {
	const steps = codes.map((step): StepProgress => ({
		step,
		status: null,
		...none,
		...patch[step]
	}));
	return { cluster: id, name: `C${id}`, startedOn: '2020-12-01', steps, percentComplete: null };
}

const pak = cluster(1, {
	focal_point: { status: 'completed', dueOn: '2020-12-15' },
	self_assessment: {
		status: 'completed',
		completedOn: '2022-08-31',
		dueOn: '2021-06-01',
		delayDays: 456
	},
	written_feedback: { status: 'in_progress', dueOn: '2023-02-28', delayDays: 1369, overdue: true }
});

describe('swimSteps', () => {
	test("a deadline's clock starts at the review start or at the step it counts from", () => {
		const lanes = swimSteps(pak);
		expect(
			lanes.map((l) => `${l.label}: ${l.plannedFrom ?? '-'} → ${l.dueOn ?? '-'}`).slice(0, 5)
		).toEqual([
			'Focal point appointed: 2020-12-01 → 2020-12-15',
			'Governmental experts appointed: - → -',
			'Self-assessment questionnaire: 2020-12-01 → 2021-06-01',
			'Written feedback: 2022-08-31 → 2023-02-28',
			'Dialogue: - → -'
		]);
	});
});

describe('findings', () => {
	test('swimlane: completed steps, the longest delay and the unknown count', () => {
		expect(swimlaneFinding('Pakistan', pak)).toBe(
			'Pakistan, cluster 1: 2 of 7 steps completed; the longest delay is 1,369 days (written feedback); 4 unknown.'
		);
	});

	test('activeCluster picks the first cluster with a step under way, else the first', () => {
		const idle = cluster(2, {});
		expect(activeCluster([idle, { ...pak, cluster: 3 }])?.cluster).toBe(3);
		expect(activeCluster([idle])?.cluster).toBe(2);
	});

	test('phases: names today', () => {
		expect(phasesFinding('2026-11-28')).toContain('today is 28 Nov 2026');
	});

	test.each([
		{
			name: 'the busiest cluster and its commonest type',
			total: 3,
			expected:
				'3 contributions; cluster 1 received the most (2); the commonest kind: position paper.'
		},
		{ name: 'none', total: 0, expected: 'No contributions match this filter.' }
	])('contributions: $name', ({ total, expected }) => {
		const c: ReviewContributions = {
			byType:
				total === 0
					? []
					: [
							{ cluster: 1, type: 'position_paper', count: 2 },
							{ cluster: null, type: 'statement', count: 1 }
						],
			bySector: [],
			items: [],
			total,
			synthetic: false,
			asOf: '2026-11-28'
		};
		expect(contributionsFinding(c)).toBe(expected);
	});
});

describe('in Urdu', () => {
	test('step labels and the findings are Urdu sentences, with the numbers in their place', async () => {
		await i18n.use('ur');
		expect(swimSteps(pak)[3]?.label).toBe('تحریری آراء');
		expect(swimlaneFinding('پاکستان', pak)).toBe(
			'پاکستان، کلسٹر 1: 7 میں سے 2 اقدامات مکمل؛ سب سے طویل تاخیر 1,369 دن ہے (تحریری آراء)؛ 4 اقدامات کی کیفیت نامعلوم ہے۔'
		);
		expect(phasesFinding('2026-11-28')).toMatch(/^مرحلہ 1 \(جرم قرار دینا اور دائرۂ اختیار\)/);
		expect(phasesFinding('2026-11-28')).toContain('نومبر');
	});

	test('a contribution finding counts in Urdu plurals; none says so', async () => {
		await i18n.use('ur');
		const one: ReviewContributions = {
			byType: [{ cluster: 2, type: 'statement', count: 1 }],
			bySector: [],
			items: [],
			total: 1,
			synthetic: false,
			asOf: '2026-11-28'
		};
		expect(contributionsFinding(one)).toBe(
			'1 شراکت؛ سب سے زیادہ کلسٹر 2 میں (1)؛ سب سے عام قسم: بیان۔'
		);
		expect(contributionsFinding({ ...one, byType: [], total: 0 })).toBe(
			'اس فلٹر سے کوئی شراکت مطابقت نہیں رکھتی۔'
		);
	});
});
