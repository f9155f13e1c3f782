/** An organisation (or individual expert) that can be a member of an alliance. */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { Id, Name, Provenance } from './scalars.ts';
import { Sector } from './vocabulary.ts';

export const Organisation = z
	.object({
		id: Id.meta({ description: 'Row id of the organisation' }),
		name: Name.meta({ description: 'Name of the organisation or expert' }),
		sector: Sector.meta({ description: 'Sector the organisation belongs to' }),
		country: CountryCode.meta({ description: 'Country the organisation is based in' }),
		/** Whether the organisation agreed to be named in public views. */
		public: z
			.boolean()
			.meta({ description: 'True when the organisation agreed to be named in public views' })
	})
	.extend(Provenance.shape);
export type Organisation = z.infer<typeof Organisation>;
