/** Test helper: a fresh database (of the test run's engine) loaded with a given Dataset. */
import type { Database } from '../database.ts';
import type { Dataset } from '../dataset.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { openTestDatabase } from './open-test-database.ts';

/** Opens a fresh test database (see `openTestDatabase`) and loads `dataset`. */
export async function openDataset(dataset: Dataset): Promise<Database> {
	const db = await openTestDatabase();
	await loadDataset(db, dataset);
	return db;
}
