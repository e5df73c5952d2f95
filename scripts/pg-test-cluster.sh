#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests, from Debian's packages (installed when missing: needs root or
# sudo and Debian's package registry).
#   scripts/pg-test-cluster.sh start DIR [PORT]   initdb in DIR, start on 127.0.0.1:PORT (default 55432), create the
#                                                 database sitrep_test; prints its URL (postgresql://…)
#   scripts/pg-test-cluster.sh stop DIR           stops it (the caller removes DIR)
# Runs the server as the invoking user, or as "postgres" when invoked as root (PostgreSQL refuses to run as root).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
port=${3:-55432}

bindir() {
  local b
  b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$b" ] || [ ! -x "$b/initdb" ]; then
    local sudo=""
    [ "$(id -u)" != 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    b=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$b"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin=$(bindir)
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres sitrep_test
    echo "postgresql://postgres@127.0.0.1:$port/sitrep_test"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
