/**
 * One engagement record: an organisation, or a delegation of one side, taking part in an event
 * with a number of people.
 */
import * as z from 'zod';
import { Id, Provenance } from './scalars.ts';
import { Sector, Side } from './vocabulary.ts';

export const Participation = z
	.object({
		id: Id.meta({ description: 'Row id of the participation' }),
		eventId: Id.meta({ description: 'Id of the event' }),
		/** Null for a delegation not tied to a recorded organisation (a ministry, UNODC staff). */
		organisationId: Id.nullable().meta({
			description:
				'Id of the participating organisation, null for a delegation not tied to a recorded organisation'
		}),
		side: Side.meta({ description: 'Side of the trilateral framework the participant belongs to' }),
		/** Sector of a civil-society participant; null for government and international ones. */
		sector: Sector.nullable().meta({
			description:
				'Sector of a civil-society participant, null for government and international ones'
		}),
		participants: z
			.int()
			.nonnegative()
			.max(100_000)
			.meta({ description: 'Number of people who took part' }),
		organiser: z.boolean().meta({ description: 'True when the participant organised the event' })
	})
	.extend(Provenance.shape)
	.refine((p) => (p.side === 'civil_society') === (p.sector !== null), {
		error: 'A sector is given for civil-society participants and only for them',
		path: ['sector']
	});
export type Participation = z.infer<typeof Participation>;
