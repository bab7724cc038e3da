#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and local trials.
#
#   scripts/pg-throwaway.sh start        installs PostgreSQL from Debian's packages if absent, starts
#                                        a server in a fresh temporary directory on a free loopback
#                                        port, and prints two lines:
#                                          MARSAD_PG_URL=postgres://marsad@127.0.0.1:PORT/marsad
#                                          MARSAD_PG_DIR=/tmp/marsad-pg.XXXXXX
#   scripts/pg-throwaway.sh restart DIR  restarts that server on the same port (pg_ctl restart -m fast:
#                                        open transactions are rolled back and their connections cut,
#                                        as when a database server is restarted under running clients).
#   scripts/pg-throwaway.sh stop DIR     stops that server and deletes DIR.
#
# Why a script: CI starts from a clean machine with only the .NET SDK, so whatever the PostgreSQL
# tests need they install and start themselves. The server trusts loopback connections and keeps
# no data beyond DIR; it is never meant to hold anything that matters.
set -euo pipefail

log() { echo "pg-throwaway: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
  done
  return 1
}

ensure_installed() {
  if find_bindir >/dev/null; then return 0; fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      log "PostgreSQL is not installed and this user cannot install it (run as root, or: sudo apt-get install -y postgresql)"
      exit 3
    fi
  fi
  # The store and web test assemblies may start servers at once; one installs, the others wait for the lock
  # and find it installed (two apt-get runs at once would fail on dpkg's own lock).
  exec 8>/tmp/marsad-install-postgresql.lock
  flock 8
  if find_bindir >/dev/null; then return 0; fi
  log "installing PostgreSQL from Debian's packages"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  find_bindir >/dev/null || { log "installation finished but no initdb was found"; exit 3; }
}

# PostgreSQL refuses to run as root, so root runs it as the 'postgres' account Debian creates.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    getent passwd postgres >/dev/null || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  log "no free loopback port found"; exit 1
}

start() {
  ensure_installed
  local bindir dir port
  bindir=$(find_bindir)
  dir=$(mktemp -d /tmp/marsad-pg.XXXXXX)
  chmod 755 "$dir"
  mkdir -p "$dir/data" "$dir/socket"
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir"
  as_server_user "$bindir/initdb" -D "$dir/data" -U marsad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { log "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c max_connections=200" start >&2; then
      break
    fi
    log "start on port $port failed (attempt $attempt)"; port=""
  done
  [[ -n "$port" ]] || { cat "$dir/server.log" >&2; exit 1; }
  as_server_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U marsad marsad
  echo "MARSAD_PG_URL=postgres://marsad@127.0.0.1:$port/marsad"
  echo "MARSAD_PG_DIR=$dir"
}

stop() {
  local dir=${1:?usage: pg-throwaway.sh stop DIR}
  [[ -d "$dir/data" ]] || { log "no server directory at $dir"; exit 2; }
  local bindir
  bindir=$(find_bindir)
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

restart() {
  local dir=${1:?usage: pg-throwaway.sh restart DIR}
  [[ -d "$dir/data" ]] || { log "no server directory at $dir"; exit 2; }
  local bindir
  bindir=$(find_bindir)
  # pg_ctl restart starts the server again with the options it was started with (postmaster.opts).
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >&2
}

case "${1:-}" in
  start) start ;;
  restart) shift; restart "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | restart DIR | stop DIR" >&2; exit 2 ;;
esac
