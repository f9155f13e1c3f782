#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests: `scripts/postgres.sh <command> [args...]`.
#
# Installs Debian's `postgresql` package when no server binaries are found (needs root and apt),
# creates a cluster in a temporary folder (as user `postgres` when run as root: initdb refuses
# root), starts it on a free loopback port with durability off (fsync, synchronous commit), creates
# the database `untoc_test`, runs the command with TEST_DATABASE_URL set to it, then stops the
# server and deletes the folder - also when the command fails or is interrupted. Exits with the
# command's status. Without a command it prints the URL and waits until interrupted (Ctrl-C).
set -euo pipefail

find_bin() {
	local dir
	for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [[ -x "$dir/initdb" ]]; then
			echo "$dir"
			return 0
		fi
	done
	if command -v initdb >/dev/null 2>&1; then
		dirname "$(command -v initdb)"
		return 0
	fi
	return 1
}

install_postgres() {
	if [[ $(id -u) -ne 0 ]]; then
		echo "postgres.sh: PostgreSQL is not installed; run as root or: apt-get install -y postgresql" >&2
		exit 1
	fi
	echo "postgres.sh: installing PostgreSQL from apt" >&2
	# Debian's package would start a cluster of its own; policy-rc.d (101) keeps it from starting.
	local policy=/usr/sbin/policy-rc.d created_policy=0
	if [[ ! -e $policy ]]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	if [[ $created_policy -eq 1 ]]; then rm -f "$policy"; fi
}

free_port() {
	node -e "const s = require('node:net').createServer();
		s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

BIN=$(find_bin) || {
	install_postgres
	BIN=$(find_bin)
}

DIR=$(mktemp -d "${TMPDIR:-/tmp}/untoc-pg.XXXXXX")
PORT=$(free_port)
AS=()
if [[ $(id -u) -eq 0 ]]; then
	chown postgres: "$DIR"
	AS=(runuser -u postgres --)
fi

stop() {
	"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$DIR"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
	>"$DIR/initdb.log" 2>&1 || {
	cat "$DIR/initdb.log" >&2
	exit 1
}
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start -o \
	"-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off \
	-c synchronous_commit=off -c full_page_writes=off" >/dev/null || {
	cat "$DIR/server.log" >&2
	exit 1
}
"${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres untoc_test

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/untoc_test"
echo "postgres.sh: PostgreSQL $("$BIN/pg_ctl" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2

if [[ $# -eq 0 ]]; then
	echo "$TEST_DATABASE_URL"
	while true; do
		sleep 3600 &
		wait $!
	done
fi

status=0
"$@" || status=$?
exit "$status"
