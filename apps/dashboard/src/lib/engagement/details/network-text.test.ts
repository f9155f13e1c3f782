import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../../i18n.svelte.ts';
import { networkResult } from './details-fixtures.ts';
import {
	defaultMinShared,
	describeNode,
	minSharedOptions,
	networkExport,
	networkFinding,
	pairBudget,
	pairsAtLeast,
	partnerCounts,
	shortName,
	shownPairs
} from './network-text.ts';

/** Links with the given shared counts (the endpoints do not matter here). */
const withShared = (shared: number[]) =>
	shared.map((s, i) => ({ source: i, target: i + 1, shared: s }));

describe('network text', () => {
	afterEach(() => i18n.use('en'));

	test('the finding names the strongest pair and the most connected organisation', () => {
		expect(networkFinding(networkResult)).toBe(
			'Alpha and Beta worked together most often, at 5 shared events; Alpha is linked to the most organisations (2 of the 4 shown).'
		);
	});

	test('ties in partners go to the more engaged organisation; no links or nodes say so', () => {
		const tie = { ...networkResult, links: [{ source: 12, target: 13, shared: 1 }] };
		expect(networkFinding(tie)).toBe(
			'Gamma and Delta worked together most often, at 1 shared event; Gamma is linked to the most organisations (1 of the 4 shown).'
		);
		expect(networkFinding({ ...networkResult, links: [] })).toBe(
			'None of the 4 organisations shown shared an event.'
		);
		expect(networkFinding({ ...networkResult, nodes: [], links: [] })).toBe(
			'No organisation took part in a matching event.'
		);
	});

	test('partners per organisation and a node described', () => {
		const counts = partnerCounts(networkResult);
		expect([...counts.entries()]).toEqual([
			[10, 2],
			[11, 2],
			[12, 1],
			[13, 1]
		]);
		const alpha = networkResult.nodes[0];
		if (!alpha) throw new Error('no node');
		expect(describeNode(alpha, 2)).toBe('Alpha (NGO / CSO): 9 events, 2 partners');
		expect(describeNode({ ...alpha, events: 1 }, 1)).toBe('Alpha (NGO / CSO): 1 event, 1 partner');
	});

	test('the CSV has one row per pair in the API order, with names and sectors', () => {
		expect(networkExport(networkResult)).toEqual({
			columns: ['Organisation', 'Sector', 'Partner', 'Partner sector', 'Shared events'],
			rows: [
				['Alpha', 'NGO / CSO', 'Beta', 'Academia', '5'],
				['Alpha', 'NGO / CSO', 'Gamma', 'Media', '2'],
				['Beta', 'Academia', 'Delta', 'Academia', '1']
			]
		});
	});

	test('shortName keeps the name before a bracket or slash, at most 28 characters', () => {
		expect(
			shortName(
				'Centre for Governance Research (CGR) / National Initiative against Organized Crime (NIOC)'
			)
		).toBe('Centre for Governance Resea…');
		expect(shortName('Lawyers for Victims’ Rights Forum')).toBe('Lawyers for Victims’ Rights…');
		expect(shortName('UNODC (Vienna)')).toBe('UNODC (Vienna)');
		expect(shortName('LUMS')).toBe('LUMS');
	});

	test('the default N is the smallest that keeps the drawn pairs within the budget', () => {
		expect(pairBudget).toBe(120);
		expect(defaultMinShared([])).toBe(1);
		expect(defaultMinShared(networkResult.links)).toBe(1);
		// 120 pairs or fewer: all drawn, whatever they share.
		expect(defaultMinShared(withShared(Array<number>(120).fill(3)))).toBe(1);
		// 868 pairs: 100 share 4 or more, 150 share 3 → N = 4 (100 drawn).
		const many = withShared([
			...Array<number>(100).fill(4),
			...Array<number>(150).fill(3),
			...Array<number>(618).fill(1)
		]);
		expect(defaultMinShared(many)).toBe(4);
		expect(pairsAtLeast(many, 4)).toBe(100);
		expect(pairsAtLeast(many, 3)).toBe(250);
		// A gap in the counts: N is the smallest that fits, not the next count present.
		expect(defaultMinShared(withShared([9, 9, 2, 2, 1]), 2)).toBe(3);
		expect(pairsAtLeast(withShared([9, 9, 2, 2, 1]), 3)).toBe(2);
		// Exactly at the budget fits.
		expect(defaultMinShared(withShared([5, 4, 3, 2]), 3)).toBe(3);
		// Even the heaviest are over the budget: draw only those.
		expect(defaultMinShared(withShared([7, 7, 7, 1]), 2)).toBe(7);
		// The order of the links does not matter.
		expect(defaultMinShared(withShared([1, 2, 3, 4, 5]), 2)).toBe(4);
	});

	test('the choices of N count their pairs; the sentence says how many are shown', () => {
		expect(minSharedOptions(networkResult.links)).toEqual([
			{ value: 1, label: '1 event (3 pairs)' },
			{ value: 2, label: '2 events (2 pairs)' },
			{ value: 3, label: '3 events (1 pair)' },
			{ value: 4, label: '4 events (1 pair)' },
			{ value: 5, label: '5 events (1 pair)' }
		]);
		expect(minSharedOptions([])).toEqual([{ value: 1, label: '1 event (0 pairs)' }]);
		expect(shownPairs(networkResult.links, 1)).toBe('Showing all 3 pairs.');
		expect(shownPairs(networkResult.links, 2)).toBe(
			'Showing 2 of 3 pairs, those sharing at least 2 events.'
		);
		expect(
			shownPairs(withShared([...Array<number>(112).fill(4), ...Array<number>(756).fill(1)]), 4)
		).toBe('Showing 112 of 868 pairs, those sharing at least 4 events.');
		expect(shownPairs(withShared([2]), 1)).toBe('Showing the only pair.');
		expect(shownPairs([], 1)).toBe('');
	});

	test('in Urdu: the finding, the sentence on pairs, the choices and the CSV header', async () => {
		await i18n.use('ur');
		expect(networkFinding(networkResult)).toBe(
			'Alpha اور Beta نے سب سے زیادہ مل کر کام کیا، 5 مشترکہ تقریبات میں؛ Alpha سب سے زیادہ تنظیموں سے جڑی ہے (دکھائی گئی 4 میں سے 2)۔'
		);
		expect(shownPairs(networkResult.links, 2)).toBe(
			'3 میں سے 2 جوڑے دکھائے جا رہے ہیں، وہ جن کی کم از کم 2 تقریبات مشترک ہیں۔'
		);
		expect(minSharedOptions(networkResult.links)[0]).toEqual({
			value: 1,
			label: '1 تقریب (3 جوڑے)'
		});
		expect(networkExport(networkResult).columns).toEqual([
			'تنظیم',
			'شعبہ',
			'شراکت دار',
			'شراکت دار کا شعبہ',
			'مشترکہ تقریبات'
		]);
	});
});
