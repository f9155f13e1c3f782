/**
 * Which instruments a country is party to (domain.md B3 for Pakistan). A review covers only the
 * instruments a State is party to (S15), so only their articles count for that country. Dates or
 * statuses not confirmed in a cited source are `verified: false`, with a note saying why.
 */
import * as z from 'zod';
import { CountryCode } from '../countries.ts';
import { IsoDate, SourceUrl } from '../scalars.ts';
import { InstrumentCode } from '../vocabulary.ts';
import { sources } from './sources.ts';

export const TreatyStatus = z.object({
	country: CountryCode,
	instrument: InstrumentCode,
	party: z.boolean(),
	/** Date of ratification or accession, when known. */
	consentOn: IsoDate.nullable(),
	/** `month` when only the month is known (`consentOn` is then the 1st of that month). */
	consentPrecision: z.enum(['day', 'month']).nullable(),
	consentType: z.enum(['ratification', 'accession']).nullable(),
	verified: z.boolean(),
	sourceUrl: SourceUrl.nullable(),
	note: z.string().nullable()
});
export type TreatyStatus = z.infer<typeof TreatyStatus>;

export const TreatyStatusList = z.array(TreatyStatus);

const S6 = 'https://cgr.com.pk/article/2111';
const S38 = 'http://gvnet.com/humantrafficking/Pakistan-2.htm';
const notParty =
	'Not party as of mid-2022 (S6); no later accession found, so the current status is a guess.';
const mexico = 'Party per common knowledge; no cited source in the domain brief.';

export const treatyStatusList: readonly TreatyStatus[] = [
	{
		country: 'PAK',
		instrument: 'untoc',
		party: true,
		consentOn: '2010-01-13',
		consentPrecision: 'day',
		consentType: 'ratification',
		verified: false,
		sourceUrl: sources.S25,
		note: 'Party: it is reviewed as a State under review (S25, S7). The ratification date is widely known but not confirmed.'
	},
	{
		country: 'PAK',
		instrument: 'tip_protocol',
		party: true,
		consentOn: '2022-11-01',
		consentPrecision: 'month',
		consentType: 'accession',
		verified: true,
		sourceUrl: S38,
		note: 'Acceded in November 2022 (S38, S39); the day is not known.'
	},
	{
		country: 'PAK',
		instrument: 'som_protocol',
		party: false,
		consentOn: null,
		consentPrecision: null,
		consentType: null,
		verified: false,
		sourceUrl: S6,
		note: notParty
	},
	{
		country: 'PAK',
		instrument: 'firearms_protocol',
		party: false,
		consentOn: null,
		consentPrecision: null,
		consentType: null,
		verified: false,
		sourceUrl: S6,
		note: notParty
	},
	...(['untoc', 'tip_protocol', 'som_protocol', 'firearms_protocol'] as const).map(
		(instrument): TreatyStatus => ({
			country: 'MEX',
			instrument,
			party: true,
			consentOn: null,
			consentPrecision: null,
			consentType: null,
			verified: false,
			sourceUrl: null,
			note: mexico
		})
	)
];

/** The instruments `country` is party to, in the order of `treatyStatusList`. */
export function instrumentsOf(country: string): InstrumentCode[] {
	return treatyStatusList.filter((t) => t.country === country && t.party).map((t) => t.instrument);
}
