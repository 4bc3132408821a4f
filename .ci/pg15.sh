#!/usr/bin/env bash
# pg15.sh -- a throwaway PostgreSQL 15 cluster (kept for existing callers; see pg.sh).
#
# usage: pg15.sh start BASEDIR   like `pg.sh start 15 BASEDIR`, with Debian's
#                                postgresql-15 binaries when installed
#                                ($PG15_BINDIR, /usr/lib/postgresql/15/bin, or
#                                `pg_config --bindir` if that is a version 15
#                                install), else the npm build pg.sh installs;
#                                prints the DSN on stdout
#        pg15.sh stop BASEDIR    stop that cluster and delete BASEDIR
#
# Env: PG15_BINDIR (above), PG15_OS_USER (pg.sh's PG_OS_USER).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

debian_bindir() {
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
  return 0
}

case "${1:-}" in
  start)
    [[ $# -eq 2 ]] || { echo "usage: pg15.sh start BASEDIR" >&2; exit 2; }
    bindir="$(debian_bindir)"
    if [[ -n "$bindir" ]]; then export PG_BINDIR="$bindir"; fi
    exec "$here/pg.sh" start 15 "$2" ;;
  stop)
    [[ $# -eq 2 ]] || { echo "usage: pg15.sh stop BASEDIR" >&2; exit 2; }
    exec "$here/pg.sh" stop "$2" ;;
  *) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
