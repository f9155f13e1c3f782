/** Seeding a fresh database from the SEED setting. */
import type { IsoDate } from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { demoDataset } from './demo/index.ts';
import { seedScale } from './scale/scale-seed.ts';
import type { SeedSpec } from './seed-spec.ts';

async function isEmpty(db: Database): Promise<boolean> {
	const row = await db.kysely.selectFrom('alliances').select('code').limit(1).executeTakeFirst();
	return row === undefined;
}

/** Seeds an EMPTY database (no alliances) with demo or scale data; otherwise leaves it alone. */
export async function seedDatabase(
	db: Database,
	spec: SeedSpec,
	options: { today: IsoDate }
): Promise<{ seeded: boolean }> {
	if (spec.kind === 'none' || !(await isEmpty(db))) return { seeded: false };
	if (spec.kind === 'demo') await loadDataset(db, demoDataset({ today: options.today }));
	else await seedScale(db, { records: spec.records, today: options.today });
	return { seeded: true };
}
