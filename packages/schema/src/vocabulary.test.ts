import { describe, expect, test } from 'vitest';
import { Sector, Theme, eventTypes, sectors, sides, themes } from './vocabulary.ts';

describe('vocabularies', () => {
	test('the sector codes are exactly those of product.md, each with a label', () => {
		expect(sectors.codes).toEqual([
			'ngo',
			'academia',
			'think_tank',
			'private_sector',
			'media',
			'legal',
			'faith_based',
			'youth',
			'victim_led',
			'labour',
			'expert'
		]);
		for (const code of sectors.codes) expect(sectors.labels[code]).toMatch(/^[A-Z]/);
	});

	test('sides, themes and event types have the canonical lengths', () => {
		expect(sides.codes).toEqual(['government', 'civil_society', 'international']);
		expect(themes.codes).toHaveLength(10);
		expect(eventTypes.codes).toHaveLength(12);
	});

	test('Sector.parse accepts a known code', () => {
		expect(Sector.parse('academia')).toBe('academia');
	});

	test.each([['nope'], ['Academia'], [''], [3]])('Sector rejects %j naming the value', (value) => {
		const result = Sector.safeParse(value);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(`Unknown sector ${JSON.stringify(value)}`);
	});

	test('Theme rejects a sector code', () => {
		expect(Theme.safeParse('academia').error?.issues[0]?.message).toBe('Unknown theme "academia"');
	});
});
