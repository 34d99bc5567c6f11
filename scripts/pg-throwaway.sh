#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: `start` prints the URL to use,
# `stop` removes the cluster. PostgreSQL refuses to run as root, so as root the cluster is
# owned by the `postgres` system user. Installs Debian's postgresql if no server exists.
#   eval "$(bash scripts/pg-throwaway.sh start)"   # exports TEST_DATABASE_URL and PG_THROWAWAY_DIR
#   bash scripts/pg-throwaway.sh stop
set -euo pipefail

find_bindir() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

run_as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:-}
case "$cmd" in
  start)
    bindir=$(find_bindir || true)
    if [ -z "$bindir" ]; then
      echo "installing postgresql (Debian)" >&2
      if [ "$(id -u)" != "0" ]; then echo "no PostgreSQL server found and not root: install postgresql" >&2; exit 1; fi
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bindir=$(find_bindir)
    fi
    dir=$(mktemp -d /tmp/lvzhi-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = "0" ] && chown postgres: "$dir"
    port=${PG_PORT:-$(( 54000 + RANDOM % 1000 ))}
    run_as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || run_as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    run_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200 -c shared_buffers=256MB" start >&2
    echo "export PG_THROWAWAY_DIR=$dir"
    echo "export PG_THROWAWAY_BIN=$bindir"
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${PG_THROWAWAY_DIR:-${2:-}}
    bindir=${PG_THROWAWAY_BIN:-$(find_bindir)}
    [ -n "$dir" ] && [ -d "$dir" ] || { echo "nothing to stop" >&2; exit 0; }
    run_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2;;
esac
