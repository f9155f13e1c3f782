/** Countries referenced by the demo data: the two pilot countries and the event hosts. */
import type { Country } from '@untoc-alliance/schema';

export function demoCountries(): Country[] {
	return [
		{ code: 'PAK', name: 'Pakistan', regionalGroup: 'asia_pacific' },
		{ code: 'MEX', name: 'Mexico', regionalGroup: 'latin_american_caribbean' },
		{ code: 'AUT', name: 'Austria', regionalGroup: 'weog' },
		{ code: 'CHE', name: 'Switzerland', regionalGroup: 'weog' },
		{ code: 'KEN', name: 'Kenya', regionalGroup: 'african' },
		{ code: 'PAN', name: 'Panama', regionalGroup: 'latin_american_caribbean' }
	];
}
