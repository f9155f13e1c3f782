/**
 * Seeds a database: `tsx src/cli/seed.ts <path | postgres://url> <spec>` (spec as SEED: demo |
 * none | scale:N).
 */
import { statSync } from 'node:fs';
import { checkpoint } from '../dialect/sqlite.ts';
import { isPostgresUrl, openDatabase } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { SeedSpec } from '../seed/seed-spec.ts';

async function main(): Promise<void> {
	const [path, value] = process.argv.slice(2);
	if (path === undefined || value === undefined) {
		console.error('usage: seed <path|postgres://url> <demo|none|scale:N>');
		process.exit(2);
	}
	const parsed = SeedSpec.safeParse(value);
	if (!parsed.success) {
		console.error(parsed.error.issues[0]?.message);
		process.exit(2);
	}
	const started = performance.now();
	const db = await openDatabase(isPostgresUrl(path) ? { url: path } : { path });
	const today = new Date().toISOString().slice(0, 10);
	const { seeded } = await seedDatabase(db, parsed.data, { today });
	if (db.engine === 'sqlite') checkpoint(db.kysely);
	await db.close();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const size =
		db.engine === 'postgres' || path === ':memory:' ? 0 : statSync(path).size / 1_048_576;
	console.log(
		seeded
			? `Seeded ${db.path} with ${value} in ${seconds} s (${size.toFixed(1)} MB)`
			: `${db.path} not empty or SEED=none: nothing seeded (${seconds} s)`
	);
}

await main();
