#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (issue 13: the suites on both engines):
# initdb in a temporary folder, a server on a free loopback port started as an unprivileged
# user (the `postgres` account when run as root: PostgreSQL refuses root), MOTCUA_TEST_PG set to
# its URI, and the cluster stopped and removed however the command ends.
#   scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (make deps installs Debian's postgresql)" >&2
  exit 2
fi
dir=$(mktemp -d /tmp/motcua-pg-XXXXXX)
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
# C collation: text sorts byte by byte, as on SQLite (docs/deploy.md). fsync off for the test
# suites: a test cluster holds nothing worth a disk flush, and their many small commits would
# wait on it. Benchmarks set MOTCUA_PG_DURABLE=1: every commit flushed, as in production and as
# SQLite does.
options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400"
if [ "${MOTCUA_PG_DURABLE:-0}" != 1 ]; then
  options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U motcua --locale=C -E UTF8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$options" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
export MOTCUA_TEST_PG="postgresql://motcua@127.0.0.1:$port"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $MOTCUA_TEST_PG" >&2
"$@"
