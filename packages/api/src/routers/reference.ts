/** `reference.*`: the code lists, labels and reference data the dashboard draws its menus from. */
import type { TRPCRouterRecord } from '@trpc/server';
import { listAlliances } from '@untoc-alliance/db';
import { TreatyStatusList, treatyStatusList, VocabularyOutput } from '@untoc-alliance/schema';
import { publicProcedure } from '../trpc.ts';
import { referenceData } from './reference-data.ts';

export const referenceRouter = {
	/** Every vocabulary with labels, the regions, instruments, clusters, review steps, alliances. */
	vocabulary: publicProcedure.output(VocabularyOutput).query(({ ctx, path }) =>
		ctx.cached({
			path,
			input: null,
			load: async () => ({ ...referenceData(), alliances: await listAlliances(ctx.db) })
		})
	),
	/** Which instruments each country is party to (only their articles count in its review). */
	treatyStatus: publicProcedure.output(TreatyStatusList).query(() => [...treatyStatusList])
} satisfies TRPCRouterRecord;
