/**
 * The four thematic clusters of the review (domain.md A3). Only cluster 1's name and articles are
 * confirmed by a source; the rest is marked `verified: false` until the appendix to the
 * Procedures and Rules (COP resolution 9/1) can be read.
 */
import * as z from 'zod';
import { SourceUrl } from '../scalars.ts';
import { InstrumentCode } from '../vocabulary.ts';
import { sources } from './sources.ts';

/**
 * Cluster number, 1 to 4, as a JSON number (no coercion, so that it maps to JSON Schema; a URL
 * parser turns `"2"` into `2` before parsing).
 */
export const ClusterId = z
	.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
		error: (i) => `Unknown cluster ${JSON.stringify(i.input)}`
	})
	.meta({ description: 'Thematic cluster of the review, 1 to 4' });
export type ClusterId = z.output<typeof ClusterId>;

export const ClusterArticles = z.object({
	instrument: InstrumentCode.meta({ description: 'Instrument the articles belong to' }),
	articles: z
		.array(z.int().positive())
		.meta({ description: 'Article numbers reviewed in the cluster' }),
	verified: z
		.boolean()
		.meta({ description: 'True when the articles are confirmed by the cited source' }),
	sourceUrl: SourceUrl.nullable().meta({
		description: 'Public source of the article list, null when none'
	}),
	note: z.string().nullable().meta({ description: 'Why the list is not verified, null when it is' })
});
export type ClusterArticles = z.infer<typeof ClusterArticles>;

export const Cluster = z.object({
	id: z
		.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
		.meta({ description: 'Cluster number, 1 to 4' }),
	name: z.string().meta({ description: 'Name of the cluster' }),
	/** Whether the name and position of the cluster are confirmed by a source. */
	verified: z.boolean().meta({
		description: 'True when the name and position of the cluster are confirmed by a source'
	}),
	sourceUrl: SourceUrl.nullable().meta({
		description: 'Public source of the cluster, null when none'
	}),
	articles: z
		.array(ClusterArticles)
		.meta({ description: 'Articles reviewed in the cluster, per instrument' })
});
export type Cluster = z.infer<typeof Cluster>;

export const clusterList: readonly Cluster[] = [
	{
		id: 1,
		name: 'Criminalization and jurisdiction',
		verified: true,
		sourceUrl: sources.S18,
		articles: [
			{
				instrument: 'untoc',
				articles: [2, 5, 6, 8, 9, 10, 15, 23],
				verified: true,
				sourceUrl: sources.S23,
				note: null
			},
			{
				instrument: 'tip_protocol',
				articles: [3, 5],
				verified: true,
				sourceUrl: sources.S23,
				note: null
			},
			{
				instrument: 'som_protocol',
				articles: [3, 5, 6],
				verified: true,
				sourceUrl: sources.S23,
				note: null
			},
			{
				instrument: 'firearms_protocol',
				articles: [3, 5],
				verified: false,
				sourceUrl: null,
				note: 'Not found in the sources; definitions and criminalization are the likely articles.'
			}
		]
	},
	{
		id: 2,
		name: 'International cooperation, mutual legal assistance and confiscation',
		verified: true,
		sourceUrl: sources.S23,
		articles: [
			{
				instrument: 'untoc',
				articles: [12, 13, 14, 16, 17, 18, 21],
				verified: false,
				sourceUrl: null,
				note: 'Articles not found in the sources; this list is a modelling guess.'
			}
		]
	},
	{
		id: 3,
		name: 'Law enforcement and judicial system',
		verified: false,
		sourceUrl: null,
		articles: []
	},
	{
		id: 4,
		name: 'Prevention, technical assistance, protection measures and other measures',
		verified: false,
		sourceUrl: null,
		articles: []
	}
];
