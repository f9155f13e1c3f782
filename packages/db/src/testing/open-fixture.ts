/** Test helper: a fresh database (of the test run's engine) loaded with the fixture Dataset. */
import type { Database } from '../database.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { fixtureDataset } from './fixture.ts';
import { openTestDatabase } from './open-test-database.ts';

/** Opens a fresh test database (see `openTestDatabase`) and loads the fixture. */
export async function openFixture(): Promise<Database> {
	const db = await openTestDatabase();
	await loadDataset(db, fixtureDataset());
	return db;
}
