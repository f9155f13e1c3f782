/** The Convention and its three Protocols (domain.md A1). */
import * as z from 'zod';
import { IsoDate, SourceUrl } from '../scalars.ts';
import { InstrumentCode } from '../vocabulary.ts';
import { sources } from './sources.ts';

export const Instrument = z.object({
	code: InstrumentCode.meta({ description: 'Code of the instrument' }),
	title: z.string().meta({ description: 'Full title' }),
	shortTitle: z.string().meta({ description: 'Short title' }),
	adoptedOn: IsoDate.meta({ description: 'Date of adoption by the General Assembly' }),
	entryIntoForceOn: IsoDate.meta({ description: 'Date of entry into force' }),
	/** False where a date is widely known but not confirmed in the cited source. */
	verified: z.boolean().meta({
		description: 'False where a date is widely known but not confirmed in the cited source'
	}),
	sourceUrl: SourceUrl.meta({ description: 'Public source of the dates' })
});
export type Instrument = z.infer<typeof Instrument>;

export const instrumentList: readonly Instrument[] = [
	{
		code: 'untoc',
		title: 'United Nations Convention against Transnational Organized Crime',
		shortTitle: 'UNTOC (Palermo Convention)',
		adoptedOn: '2000-11-15',
		entryIntoForceOn: '2003-09-29',
		verified: true,
		sourceUrl: sources.S52
	},
	{
		code: 'tip_protocol',
		title:
			'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
		shortTitle: 'Trafficking in Persons Protocol',
		adoptedOn: '2000-11-15',
		entryIntoForceOn: '2003-12-25',
		verified: true,
		sourceUrl: sources.S54
	},
	{
		code: 'som_protocol',
		title: 'Protocol against the Smuggling of Migrants by Land, Sea and Air',
		shortTitle: 'Smuggling of Migrants Protocol',
		adoptedOn: '2000-11-15',
		entryIntoForceOn: '2004-01-28',
		verified: true,
		sourceUrl: sources.S54
	},
	{
		code: 'firearms_protocol',
		title:
			'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components and Ammunition',
		shortTitle: 'Firearms Protocol',
		adoptedOn: '2001-05-31',
		// Entry into force on 3 Jul 2005 is widely known but not confirmed in a cited source.
		entryIntoForceOn: '2005-07-03',
		verified: false,
		sourceUrl: sources.S55
	}
];
