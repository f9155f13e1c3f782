/** The 40 countries of the scale seed: real ISO 3166-1 alpha-3 codes, names and UN groups. */
import type { Country } from '@untoc-alliance/schema';

type Group = NonNullable<Country['regionalGroup']>;

const byGroup: Record<Group, [string, string][]> = {
	asia_pacific: [
		['PAK', 'Pakistan'],
		['IND', 'India'],
		['BGD', 'Bangladesh'],
		['IDN', 'Indonesia'],
		['PHL', 'Philippines'],
		['THA', 'Thailand'],
		['VNM', 'Viet Nam'],
		['NPL', 'Nepal'],
		['LKA', 'Sri Lanka'],
		['MYS', 'Malaysia']
	],
	latin_american_caribbean: [
		['MEX', 'Mexico'],
		['BRA', 'Brazil'],
		['ARG', 'Argentina'],
		['COL', 'Colombia'],
		['PER', 'Peru'],
		['CHL', 'Chile'],
		['GTM', 'Guatemala'],
		['ECU', 'Ecuador']
	],
	african: [
		['NGA', 'Nigeria'],
		['KEN', 'Kenya'],
		['ZAF', 'South Africa'],
		['GHA', 'Ghana'],
		['SEN', 'Senegal'],
		['ETH', 'Ethiopia'],
		['MAR', 'Morocco'],
		['UGA', 'Uganda']
	],
	eastern_european: [
		['POL', 'Poland'],
		['ROU', 'Romania'],
		['UKR', 'Ukraine'],
		['SRB', 'Serbia'],
		['GEO', 'Georgia'],
		['MDA', 'Republic of Moldova']
	],
	weog: [
		['AUT', 'Austria'],
		['ITA', 'Italy'],
		['DEU', 'Germany'],
		['FRA', 'France'],
		['ESP', 'Spain'],
		['CAN', 'Canada'],
		['NOR', 'Norway'],
		['NZL', 'New Zealand']
	]
};

/** The scale seed's countries, grouped by UN regional group. */
export const scaleCountries: readonly Country[] = Object.entries(byGroup).flatMap(([group, list]) =>
	list.map(([code, name]) => ({ code, name, regionalGroup: group as Group }))
);
