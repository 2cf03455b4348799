#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests that run on both engines.
# Prints the URL to use as PASSERELLE_TEST_PG_URL. Installs Debian's server when missing.
set -euo pipefail
port="${PG_PORT:-54329}"
root="${PG_ROOT:-/tmp/passerelle-pg}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -f "$root/data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
  echo "postgresql+psycopg://passerelle@127.0.0.1:$port/postgres"
  exit 0
fi
rm -rf "$root"
mkdir -p "$root"
[ "$(id -u)" = "0" ] && chown postgres "$root"
as_pg "$bindir/initdb" -D "$root/data" -U passerelle --auth=trust -E UTF8 >/dev/null
as_pg "$bindir/pg_ctl" -D "$root/data" -l "$root/log" -w \
  -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "postgresql+psycopg://passerelle@127.0.0.1:$port/postgres"
