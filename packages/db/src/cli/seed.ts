/** Seeds a database file: `tsx src/cli/seed.ts <path> <spec>` (spec as SEED: demo | none | scale:N). */
import { statSync } from 'node:fs';
import { checkpoint } from '../dialect/sqlite.ts';
import { openDatabase } from '../database.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { SeedSpec } from '../seed/seed-spec.ts';

async function main(): Promise<void> {
	const [path, value] = process.argv.slice(2);
	if (path === undefined || value === undefined) {
		console.error('usage: seed <path> <demo|none|scale:N>');
		process.exit(2);
	}
	const parsed = SeedSpec.safeParse(value);
	if (!parsed.success) {
		console.error(parsed.error.issues[0]?.message);
		process.exit(2);
	}
	const started = performance.now();
	const db = await openDatabase({ path });
	const today = new Date().toISOString().slice(0, 10);
	const { seeded } = await seedDatabase(db, parsed.data, { today });
	checkpoint(db.kysely);
	await db.close();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const size = path === ':memory:' ? 0 : statSync(path).size / 1_048_576;
	console.log(
		seeded
			? `Seeded ${path} with ${value} in ${seconds} s (${size.toFixed(1)} MB)`
			: `${path} not empty or SEED=none: nothing seeded (${seconds} s)`
	);
}

await main();
