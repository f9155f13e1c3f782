import type { Milestone } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from './i18n.svelte.ts';
import { milestoneLabel } from './labels.ts';

type Labelled = Pick<Milestone, 'kind' | 'label' | 'alliance'>;

const launch: Labelled = {
	kind: 'pilot_launch',
	label: 'Pilot initiative launched (PAK)',
	alliance: 'PAK'
};
const cop: Labelled = { kind: 'cop_session', label: 'COP11 opens in Vienna', alliance: null };
const dialogue: Labelled = {
	kind: 'constructive_dialogue',
	label: 'Constructive dialogue on Cluster 1',
	alliance: 'PAK'
};

describe('milestoneLabel', () => {
	afterEach(() => i18n.use('en'));

	test('English says the API labels as they are', () => {
		expect([launch, cop, dialogue].map(milestoneLabel)).toEqual([
			'Pilot initiative launched (PAK)',
			'COP11 opens in Vienna',
			'Constructive dialogue on Cluster 1'
		]);
	});

	test('Urdu says the launch and the COP session in Urdu; a dialogue keeps its title', async () => {
		await i18n.use('ur');
		expect([launch, cop, dialogue].map(milestoneLabel)).toEqual([
			'تجرباتی اقدام کا آغاز (PAK)',
			'COP11 کا ویانا میں آغاز',
			'Constructive dialogue on Cluster 1'
		]);
		expect(milestoneLabel({ kind: 'cop_session', label: 'Special session', alliance: null })).toBe(
			'Special session'
		);
	});
});

describe('milestoneLabel of a whole milestone', () => {
	afterEach(async () => {
		await i18n.use('en');
	});
	const milestone = (kind: Milestone['kind'], label: string, alliance: string | null = null) =>
		({ date: '2022-10-17', label, kind, alliance, sourceUrl: null, verified: true }) as Milestone;

	test('pilot launches and COP sessions in the page language; a dialogue keeps its title', async () => {
		const launch = milestone('pilot_launch', 'Pilot initiative launched (PAK)', 'PAK');
		const cop = milestone('cop_session', 'COP11 opens in Vienna');
		const dialogue = milestone('constructive_dialogue', 'Dialogue on cluster 1');
		expect([launch, cop, dialogue].map(milestoneLabel)).toEqual([
			'Pilot initiative launched (PAK)',
			'COP11 opens in Vienna',
			'Dialogue on cluster 1'
		]);
		await i18n.use('ur');
		expect([launch, cop, dialogue].map(milestoneLabel)).toEqual([
			'تجرباتی اقدام کا آغاز (PAK)',
			'COP11 کا ویانا میں آغاز',
			'Dialogue on cluster 1'
		]);
	});
});
