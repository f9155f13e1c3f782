/** The query layer of the UNTOC Alliance Dashboard: open, migrate, seed, write and query. */
export {
	openDatabase,
	isPostgresUrl,
	type Database,
	type DatabaseOptions,
	type Engine
} from './database.ts';
export {
	createTestSchema,
	openTestDatabase,
	testDatabaseUrl,
	testEngine
} from './testing/open-test-database.ts';
export type { Tables } from './schema-types.ts';
export type { Dataset } from './dataset.ts';
export { SeedSpec } from './seed/seed-spec.ts';
export { seedDatabase } from './seed/seed-database.ts';
export { loadDataset } from './write/load-dataset.ts';
export { addParticipation } from './write/add-participation.ts';
export * from './write/edit/index.ts';
export { dataVersion } from './write/data-version.ts';
export { allianceComposition } from './queries/composition.ts';
export { engagementTimeline } from './queries/timeline.ts';
export { engagementParticipation } from './queries/participation.ts';
export { engagementByCluster } from './queries/by-cluster.ts';
export { reviewProgress } from './queries/review-progress.ts';
export { reviewContributions } from './queries/review-contributions.ts';
export { listMembers } from './queries/members.ts';
export { listAlliances } from './queries/alliances.ts';
export { membershipGrowth } from './queries/growth.ts';
export { sectorThemeMatrix } from './queries/matrix.ts';
export { memberDetail } from './queries/member-detail.ts';
export { engagementMembers } from './queries/member-engagement.ts';
export { engagementNetwork } from './queries/network.ts';
export { listEvents } from './queries/event-list.ts';
export { eventDetail } from './queries/event-detail.ts';
export { engagementMilestones } from './queries/engagement-milestones.ts';
export { demoDataset, type DemoOptions } from './seed/demo/index.ts';
export * from './accounts/index.ts';
export { runImport, type ImportOptions, type ImportProgress } from './import/run-import.ts';
