/**
 * Server benchmark: seeds (or reuses) `data/bench-<N>.sqlite`, starts the server in process, loads
 * each dashboard procedure with autocannon (cache on, then off), times the same queries straight
 * on the database, and prints one table (also written to `bench/results/latest.json`).
 * Settings: BENCH_RECORDS (default 1,000,000), BENCH_SECONDS per run (default 10), BENCH_ONLY (a
 * comma-separated subset of the procedures, e.g.
 * `BENCH_ONLY=engagement.members,engagement.network pnpm bench`; default all of them; an unknown
 * name stops the run) and BENCH_ENGAGEMENT=1 (shorthand for every `engagement.*` procedure).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { listAlliances, openDatabase, reviewProgress } from '@untoc-alliance/db';
import { startServer, type RunningServer } from '../src/app.ts';
import { firstLoadSize } from './bundle-size.ts';
import { directRunners, timeDirect, type BenchProcedure } from './direct.ts';
import { loadProcedure } from './http.ts';
import { benchInputs, type BenchInputs } from './inputs.ts';
import { formatTable, type BenchRow } from './table.ts';

const records = Number(process.env['BENCH_RECORDS'] ?? 1_000_000);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const today = '2026-11-28';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const databasePath = here(`../data/bench-${records}.sqlite`);
const allProcedures: BenchProcedure[] = [
	'alliance.composition',
	'engagement.timeline',
	'members.list',
	'review.progress',
	'alliance.growth',
	'alliance.matrix',
	'members.byId',
	'engagement.participation',
	'engagement.byCluster',
	'engagement.members',
	'engagement.network',
	'engagement.events',
	'engagement.eventById',
	'engagement.milestones'
];

/** The procedures to run: BENCH_ONLY's list, every engagement one, or all. */
function chosenProcedures(): BenchProcedure[] {
	const only = process.env['BENCH_ONLY'];
	if (only !== undefined && only.trim() !== '') {
		const names = only.split(',').map((name) => name.trim());
		const unknown = names.filter((name) => !allProcedures.includes(name as BenchProcedure));
		if (unknown.length > 0)
			throw new Error(`BENCH_ONLY names unknown procedures: ${unknown.join(', ')}`);
		return names as BenchProcedure[];
	}
	if (process.env['BENCH_ENGAGEMENT'] === '1')
		return allProcedures.filter((p) => p.startsWith('engagement.'));
	return allProcedures;
}

const procedures = chosenProcedures();

function start(cache: boolean): Promise<RunningServer> {
	return startServer({
		port: 0,
		host: '127.0.0.1',
		databasePath,
		seed: { kind: 'scale', records },
		dashboardDist: here('../../dashboard/dist'),
		cache,
		today: () => today
	});
}

async function prepare(): Promise<BenchInputs> {
	const started = performance.now();
	const seeding = await start(false);
	await seeding.ready;
	await seeding.close();
	console.log(`database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const db = await openDatabase({ path: databasePath });
	const alliances = (await listAlliances(db)).map((a) => a.code);
	const reviewed: string[] = [];
	for (const country of alliances) {
		const progress = await reviewProgress(db, { country }, { today });
		if (progress.clusters.length > 0) reviewed.push(country);
	}
	await db.close();
	return benchInputs({ alliances, reviewed });
}

async function measure(inputs: BenchInputs): Promise<BenchRow[]> {
	const db = await openDatabase({ path: databasePath });
	const runners = directRunners(db, today);
	const rows: BenchRow[] = [];
	for (const procedure of procedures) {
		const list = inputs[procedure];
		if (list.length === 0) continue;
		const direct = await timeDirect({ run: runners[procedure], inputs: list, rounds: 10 });
		for (const cache of [true, false]) {
			const server = await start(cache);
			await server.ready;
			const http = await loadProcedure({ url: server.url, procedure, inputs: list, seconds });
			await server.close();
			rows.push({
				procedure,
				cache: cache ? 'on' : 'off',
				httpP50: http.p50,
				httpP99: http.p99,
				requestsPerSecond: http.requestsPerSecond,
				non2xx: http.non2xx,
				directP50: direct.p50,
				directP99: direct.p99,
				ratio: http.p50 / direct.p50
			});
			console.log(`${procedure} cache ${cache ? 'on' : 'off'}: ${http.requests} requests`);
		}
	}
	await db.close();
	return rows;
}

const inputs = await prepare();
const rows = await measure(inputs);
const bundle = await firstLoadSize(here('../../dashboard/dist'));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`;
console.log(`\n${records.toLocaleString('en')} records, ${seconds} s per HTTP run, ${machine}\n`);
console.log(formatTable(rows));
console.log(
	bundle.measured
		? `\nDashboard first load: JS ${bundle.jsGzip} B gzip, CSS ${bundle.cssGzip} B gzip (${bundle.files.join(', ')})`
		: `\nDashboard first load: skipped (${bundle.note})`
);
await mkdir(here('results'), { recursive: true });
const result = { date: new Date().toISOString(), records, seconds, machine, rows, bundle };
await writeFile(here('results/latest.json'), `${JSON.stringify(result, null, '\t')}\n`);
