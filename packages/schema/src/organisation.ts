/** An organisation (or individual expert) that can be a member of an alliance. */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { Id, Name, Provenance } from './scalars.ts';
import { Sector } from './vocabulary.ts';

export const Organisation = z
	.object({
		id: Id,
		name: Name,
		sector: Sector,
		country: CountryCode,
		/** Whether the organisation agreed to be named in public views. */
		public: z.boolean()
	})
	.extend(Provenance.shape);
export type Organisation = z.infer<typeof Organisation>;
