#!/usr/bin/env bash
# pg15.sh -- a throwaway Debian PostgreSQL 15 cluster for CI.
#
# usage: pg15.sh start BASEDIR   initdb a fresh cluster in BASEDIR/data (BASEDIR
#                                must exist and be empty or absent), start it on
#                                a free port, listening on the unix socket dir
#                                BASEDIR and on 127.0.0.1, wait until it accepts
#                                connections, and print its DSN on stdout:
#                                  postgresql://postgres@/postgres?host=BASEDIR&port=PORT
#        pg15.sh stop BASEDIR    stop that cluster (if running) and delete BASEDIR.
#                                Safe to call more than once, or after a failed start.
#
# The caller owns the lifetime: .ci/run does
#   base=$(mktemp -d /tmp/pgdecl-pg15.XXXXXX); trap '.ci/pg15.sh stop "$base"' EXIT
#   dsn=$(.ci/pg15.sh start "$base")
# Keep BASEDIR short: a unix socket path must fit in 107 bytes.
#
# initdb refuses to run as root, so as root the cluster belongs to an
# unprivileged OS user: $PG15_OS_USER, else Debian's "postgres", else a
# system user "pgdecl-ci" created on first use. As any other user it
# belongs to that user. The database superuser is always "postgres",
# authentication is trust (local and 127.0.0.1 only), encoding UTF8.
#
# Env: PG15_BINDIR  server binaries (default /usr/lib/postgresql/15/bin, else
#                   `pg_config --bindir` if that is a version 15 install).
# Progress and errors go to stderr; only the DSN goes to stdout.
set -euo pipefail

log() { echo "pg15.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

find_bindir() {
  local d
  for d in "${PG15_BINDIR:-}" /usr/lib/postgresql/15/bin; do
    if [[ -n "$d" && -x "$d/postgres" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
      echo "$d"; return 0
    fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -x "$d/postgres" && "$("$d/postgres" --version 2>/dev/null)" =~ \ 15\. ]]; then
      echo "$d"; return 0
    fi
  fi
  die "PostgreSQL 15 server binaries not found (looked in \$PG15_BINDIR, /usr/lib/postgresql/15/bin, pg_config --bindir); install postgresql-15"
}

# The OS user the server runs as (empty: the current user).
os_user() {
  if [[ $EUID -ne 0 ]]; then echo ""; return 0; fi
  local u="${PG15_OS_USER:-}"
  if [[ -z "$u" ]]; then
    if id postgres >/dev/null 2>&1; then u=postgres; else u=pgdecl-ci; fi
  fi
  if ! id "$u" >/dev/null 2>&1; then
    log "creating system user $u (initdb refuses to run as root)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$u"
  fi
  echo "$u"
}

# Run a command as the server's OS user.
as_owner() {
  local u="$1"; shift
  if [[ -z "$u" ]]; then "$@"; else runuser -u "$u" -- "$@"; fi
}

free_port() {
  local py
  py="$(command -v python3 || command -v python)" || die "python is needed to pick a free port"
  "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cmd_start() {
  local base="$1" bindir user port data
  bindir="$(find_bindir)"
  user="$(os_user)"
  mkdir -p "$base"
  base="$(cd "$base" && pwd -P)"
  data="$base/data"
  [[ ! -e "$data" ]] || die "$data already exists; use a fresh BASEDIR"
  (( ${#base} + 20 < 107 )) || die "BASEDIR $base is too long for a unix socket path"
  if [[ -n "$user" ]]; then
    chown "$user": "$base"
  fi
  chmod 0755 "$base"

  log "initdb ($("$bindir/postgres" --version)) in $data as ${user:-$(id -un)}"
  as_owner "$user" "$bindir/initdb" --pgdata="$data" --username=postgres \
    --auth=trust --encoding=UTF8 --locale=C >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; die "initdb failed"; }

  local attempt
  for attempt in 1 2 3; do
    port="$(free_port)"
    log "starting on port $port (socket dir $base)"
    if as_owner "$user" "$bindir/pg_ctl" start --pgdata="$data" --wait --timeout=60 \
         --log="$base/server.log" \
         -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$base -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_locks_per_transaction=1024" \
         >&2; then
      break
    fi
    tail -n 20 "$base/server.log" >&2 || true
    [[ $attempt -lt 3 ]] || die "server did not start"
    log "start failed (port taken?); retrying"
  done

  local i
  for i in $(seq 1 60); do
    if "$bindir/pg_isready" -q -h "$base" -p "$port" -U postgres -d postgres; then
      echo "$port" >"$base/port"
      echo "postgresql://postgres@/postgres?host=$base&port=$port"
      return 0
    fi
    sleep 1
  done
  tail -n 20 "$base/server.log" >&2 || true
  die "server on port $port not ready after 60s"
}

cmd_stop() {
  local base="$1" bindir user
  [[ -d "$base" ]] || return 0
  if [[ -f "$base/data/postmaster.pid" ]]; then
    bindir="$(find_bindir)"
    user="$(os_user)"
    log "stopping the cluster in $base/data"
    as_owner "$user" "$bindir/pg_ctl" stop --pgdata="$base/data" --mode=fast --wait --timeout=60 >&2 \
      || as_owner "$user" "$bindir/pg_ctl" stop --pgdata="$base/data" --mode=immediate --wait >&2 \
      || log "warning: could not stop the server in $base/data"
  fi
  case "$base" in
    /tmp/*|"${TMPDIR:-/tmp}"/*) rm -rf -- "$base" ;;
    *) log "not deleting $base (outside the temp dir)" ;;
  esac
}

case "${1:-}" in
  start) [[ $# -eq 2 ]] || die "usage: pg15.sh start BASEDIR"; cmd_start "$2" ;;
  stop)  [[ $# -eq 2 ]] || die "usage: pg15.sh stop BASEDIR";  cmd_stop "$2" ;;
  *) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
