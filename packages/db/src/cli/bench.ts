/**
 * Times each query in process against a seeded database: `tsx src/cli/bench.ts <path |
 * postgres://url> [runs]`.
 */
import type { DashboardFilter } from '@untoc-alliance/schema';
import { isPostgresUrl, openDatabase, type Database } from '../database.ts';
import { engagementByCluster } from '../queries/by-cluster.ts';
import { allianceComposition } from '../queries/composition.ts';
import { membershipGrowth } from '../queries/growth.ts';
import { sectorThemeMatrix } from '../queries/matrix.ts';
import { memberDetail } from '../queries/member-detail.ts';
import { listMembers } from '../queries/members.ts';
import { engagementParticipation } from '../queries/participation.ts';
import { reviewProgress } from '../queries/review-progress.ts';
import { engagementTimeline } from '../queries/timeline.ts';

const today = new Date().toISOString().slice(0, 10);
const filters: DashboardFilter[] = [
	{},
	{ alliance: 'PAK' },
	{ alliance: 'PAK', sectors: ['academia', 'ngo'] },
	{ sectors: ['academia', 'ngo'] },
	{ from: '2023-03-15', to: '2024-11-20', sectors: ['ngo'] },
	{ alliance: 'MEX', themes: ['drugs'] },
	{ regions: ['PK-PB'] }
];

const queries: Record<string, (db: Database, i: number) => Promise<unknown>> = {
	composition: (db, i) => allianceComposition(db, { ...filters[i % filters.length] }, { today }),
	timeline: (db, i) =>
		engagementTimeline(db, { interval: 'month', ...filters[i % filters.length] }),
	members: (db, i) =>
		listMembers(
			db,
			{ sort: 'name', order: 'asc', page: 2, pageSize: 25, ...filters[i % filters.length] },
			{ today }
		),
	participation: (db, i) =>
		engagementParticipation(db, { interval: 'month', ...filters[i % filters.length] }),
	byCluster: (db, i) => engagementByCluster(db, { ...filters[i % filters.length] }),
	review: (db, i) => reviewProgress(db, { country: i % 2 ? 'PAK' : 'MEX' }, { today }),
	growth: (db, i) => membershipGrowth(db, { ...filters[i % filters.length] }, { today }),
	matrix: (db, i) => sectorThemeMatrix(db, { ...filters[i % filters.length] }, { today }),
	member: (db, i) => memberDetail(db, { id: 1 + ((i * 997) % 5000) })
};

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const [path, runsArg] = process.argv.slice(2);
const target = path ?? '/tmp/untoc-1m.sqlite';
const db = await openDatabase(isPostgresUrl(target) ? { url: target } : { path: target });
const runs = Number(runsArg ?? 210);
for (const [name, run] of Object.entries(queries)) {
	for (let i = 0; i < 20; i++) await run(db, i);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await run(db, i);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	console.log(
		`${name.padEnd(12)} p50 ${percentile(times, 0.5).toFixed(3)} ms  p99 ${percentile(times, 0.99).toFixed(3)} ms`
	);
}
await db.close();
