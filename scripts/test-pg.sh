#!/usr/bin/env bash
# `pnpm test:pg`: the whole db and API test suites, and the server's engine test, on PostgreSQL.
# Starts a throw-away server with scripts/postgres.sh (installing PostgreSQL from apt if needed)
# unless TEST_DATABASE_URL already names one; runs every suite even when one fails, exits 1 if any
# failed. Each test opens its own fresh schema (packages/db/src/testing/open-test-database.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
	exec scripts/postgres.sh "$0"
fi

started=$(date +%s)
status=0
TZ=UTC pnpm --filter @untoc-alliance/db --filter @untoc-alliance/api --workspace-concurrency=1 \
	--no-bail test || status=1
(cd apps/server && TZ=UTC pnpm exec vitest run src/database-engine.test.ts) || status=1
echo "test-pg: PostgreSQL suites took $(($(date +%s) - started)) s (status $status)" >&2
exit "$status"
