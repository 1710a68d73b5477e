#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the SQL-source tests and prints the line to export its
# URL:   eval "$(bash .ci/start-postgres.sh)"
# Debian's `postgresql` package (installed when missing), run as the postgres user from a fresh
# data directory under /tmp, listening on 127.0.0.1 only, on a free port; no systemd. Stop it with
# the pg_ctl command printed to stderr. The password is a fixed test one: this server holds nothing.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  apt-get update -qq >&2
  # policy-rc.d exit 101: the package's own cluster service is not started.
  own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# initdb and postgres refuse to run as root: everything server-side runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d /tmp/mg-postgres-XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
port=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
pwfile="$dir/pw"
printf 'secret\n' > "$pwfile"
[ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
as_pg "$bindir/initdb" -D "$dir/data" -U gate --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
PGPASSWORD=secret "$bindir/psql" -h 127.0.0.1 -p "$port" -U gate -d postgres -qc 'create database gate' >&2
echo "PostgreSQL on 127.0.0.1:$port (data $dir/data); stop: runuser -u postgres -- $bindir/pg_ctl -D $dir/data stop" >&2
echo "export MODEL_GATE_PG_URL=postgres://gate:secret@127.0.0.1:$port/gate"
