/**
 * One engagement record: an organisation, or a delegation of one side, taking part in an event
 * with a number of people.
 */
import * as z from 'zod';
import { Id, Provenance } from './scalars.ts';
import { Sector, Side } from './vocabulary.ts';

export const Participation = z
	.object({
		id: Id,
		eventId: Id,
		/** Null for a delegation not tied to a recorded organisation (a ministry, UNODC staff). */
		organisationId: Id.nullable(),
		side: Side,
		/** Sector of a civil-society participant; null for government and international ones. */
		sector: Sector.nullable(),
		participants: z.int().nonnegative().max(100_000),
		organiser: z.boolean()
	})
	.extend(Provenance.shape)
	.refine((p) => (p.side === 'civil_society') === (p.sector !== null), {
		error: 'A sector is given for civil-society participants and only for them',
		path: ['sector']
	});
export type Participation = z.infer<typeof Participation>;
