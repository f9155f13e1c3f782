/**
 * The editable entities as rows: reading one as its versioned schema record (with its join-table
 * codes, sorted), and writing one (the row, then its join-table rows replaced). Call inside
 * `db.write`. Every query is portable Kysely (SQLite and PostgreSQL).
 */
export * from './member-records.ts';
export * from './event-records.ts';
export * from './review-records.ts';
