/** Test helper: an in-memory database loaded with the fixture Dataset. */
import { openDatabase, type Database } from '../database.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { fixtureDataset } from './fixture.ts';

/** Opens `:memory:`, applies migrations and loads the fixture. */
export async function openFixture(): Promise<Database> {
	const db = await openDatabase({ path: ':memory:' });
	await loadDataset(db, fixtureDataset());
	return db;
}
