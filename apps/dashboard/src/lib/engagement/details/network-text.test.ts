import { describe, expect, test } from 'vitest';
import { networkResult } from './details-fixtures.ts';
import {
	describeNode,
	networkExport,
	networkFinding,
	partnerCounts,
	shortName
} from './network-text.ts';

describe('network text', () => {
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
});
