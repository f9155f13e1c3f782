import { describe, expect, test } from 'vitest';
import { CountryCode, RegionCode, countryOfRegion, regionNames } from './countries.ts';

describe('countries and regions', () => {
	test('Pakistan has its seven current subdivisions and not the historical PK-TA', () => {
		const pk = Object.keys(regionNames).filter((code) => code.startsWith('PK-'));
		expect(pk.sort()).toEqual(['PK-BA', 'PK-GB', 'PK-IS', 'PK-JK', 'PK-KP', 'PK-PB', 'PK-SD']);
		expect(RegionCode.safeParse('PK-TA').success).toBe(false);
	});

	test('Mexico has 32 states', () => {
		expect(Object.keys(regionNames).filter((code) => code.startsWith('MX-'))).toHaveLength(32);
	});

	test('countryOfRegion maps the ISO 3166-2 prefix to alpha-3', () => {
		expect(countryOfRegion('PK-GB')).toBe('PAK');
		expect(countryOfRegion('MX-CMX')).toBe('MEX');
	});

	test('CountryCode takes three capital letters only', () => {
		expect(CountryCode.safeParse('PAK').success).toBe(true);
		expect(CountryCode.safeParse('PK').success).toBe(false);
		expect(CountryCode.safeParse('pak').success).toBe(false);
	});
});
