/** Countries and their subdivisions (regions), as ISO 3166 codes with display names. */
import * as z from 'zod';
import { Name } from './scalars.ts';

/** ISO 3166-1 alpha-3 country code, e.g. `PAK`. */
export const CountryCode = z
	.string()
	.regex(/^[A-Z]{3}$/, {
		error: (i) => `Not an ISO 3166-1 alpha-3 code: ${JSON.stringify(i.input)}`
	})
	.meta({ description: 'ISO 3166-1 alpha-3 country code', examples: ['PAK', 'MEX'] });
export type CountryCode = z.infer<typeof CountryCode>;

/** A country taking part in the data. */
export const Country = z.object({
	code: CountryCode.meta({ description: 'ISO 3166-1 alpha-3 code of the country' }),
	name: Name.meta({ description: 'Display name of the country' }),
	/** UN regional group, used to pair reviewing States. */
	regionalGroup: z
		.enum(['african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'weog'])
		.nullable()
		.meta({ description: 'UN regional group of the country, null when unknown' })
});
export type Country = z.infer<typeof Country>;

/**
 * ISO 3166-2 subdivisions known to the dashboard, with plain display names (the ISO names carry
 * diacritics). Pakistan: `iso-3166` 4.4.0 without the historical PK-TA. Mexico: its 32 states.
 */
export const regionNames = {
	'PK-IS': 'Islamabad',
	'PK-PB': 'Punjab',
	'PK-SD': 'Sindh',
	'PK-KP': 'Khyber Pakhtunkhwa',
	'PK-BA': 'Balochistan',
	'PK-GB': 'Gilgit-Baltistan',
	'PK-JK': 'Azad Jammu and Kashmir',
	'MX-AGU': 'Aguascalientes',
	'MX-BCN': 'Baja California',
	'MX-BCS': 'Baja California Sur',
	'MX-CAM': 'Campeche',
	'MX-CHP': 'Chiapas',
	'MX-CHH': 'Chihuahua',
	'MX-CMX': 'Mexico City',
	'MX-COA': 'Coahuila',
	'MX-COL': 'Colima',
	'MX-DUR': 'Durango',
	'MX-GUA': 'Guanajuato',
	'MX-GRO': 'Guerrero',
	'MX-HID': 'Hidalgo',
	'MX-JAL': 'Jalisco',
	'MX-MEX': 'México',
	'MX-MIC': 'Michoacán',
	'MX-MOR': 'Morelos',
	'MX-NAY': 'Nayarit',
	'MX-NLE': 'Nuevo León',
	'MX-OAX': 'Oaxaca',
	'MX-PUE': 'Puebla',
	'MX-QUE': 'Querétaro',
	'MX-ROO': 'Quintana Roo',
	'MX-SLP': 'San Luis Potosí',
	'MX-SIN': 'Sinaloa',
	'MX-SON': 'Sonora',
	'MX-TAB': 'Tabasco',
	'MX-TAM': 'Tamaulipas',
	'MX-TLA': 'Tlaxcala',
	'MX-VER': 'Veracruz',
	'MX-YUC': 'Yucatán',
	'MX-ZAC': 'Zacatecas'
} as const;

type RegionKey = keyof typeof regionNames;
const regionCodes = Object.keys(regionNames) as [RegionKey, ...RegionKey[]];

/** ISO 3166-2 subdivision code of a region the dashboard knows, e.g. `PK-PB`. */
export const RegionCode = z
	.enum(regionCodes, { error: (i) => `Unknown region ${JSON.stringify(i.input)}` })
	.meta({ description: 'ISO 3166-2 subdivision code', examples: ['PK-PB'] });
export type RegionCode = z.infer<typeof RegionCode>;

const countryOfPrefix: Record<string, CountryCode> = { PK: 'PAK', MX: 'MEX' };

/** The country (alpha-3) a known region belongs to. */
export function countryOfRegion(region: RegionCode): CountryCode {
	const country = countryOfPrefix[region.slice(0, 2)];
	if (!country) throw new Error(`No country for region ${region}`);
	return country;
}
