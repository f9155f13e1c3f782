/** Test helper: an in-memory database loaded with a given Dataset (a changed fixture, say). */
import { openDatabase, type Database } from '../database.ts';
import type { Dataset } from '../dataset.ts';
import { loadDataset } from '../write/load-dataset.ts';

/** Opens `:memory:`, applies migrations and loads `dataset`. */
export async function openDataset(dataset: Dataset): Promise<Database> {
	const db = await openDatabase({ path: ':memory:' });
	await loadDataset(db, dataset);
	return db;
}
