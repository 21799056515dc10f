# shellcheck shell=bash
# bin/lib/services.sh — sourced by bin/run and bin/test (after bin/lib/env.sh).
#
# Why: DESIGN.md §10 wants `bin/run` and `bin/test` to work on a fresh machine, against the REAL
# PostgreSQL + PostGIS and Redis (no in-memory stand-ins). These helpers make the machine fit: they
# install what is missing (apt), start what is stopped, and create the two database roles the
# tenancy design depends on. Every function is idempotent: running it twice changes nothing, and
# running it on a machine that drifted (e.g. a role given BYPASSRLS by hand) puts it back.
#
# The functions only define behaviour; sourcing this file starts nothing. They return non-zero (and
# print why) on failure, so callers running under `set -euo pipefail` stop there.

# ---------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------

# Messages go to stderr so that functions whose stdout is captured stay clean; colour only on a
# terminal, so CI logs stay plain text.
if [[ -t 2 ]]; then SVC_C_INFO=$'\033[1;34m' SVC_C_ERR=$'\033[1;31m' SVC_C_OFF=$'\033[0m'
else SVC_C_INFO='' SVC_C_ERR='' SVC_C_OFF=''; fi
svc_log()  { printf '%s[radar]%s %s\n' "$SVC_C_INFO" "$SVC_C_OFF" "$*" >&2; }
svc_fail() { printf '%s[radar] ERROR:%s %s\n' "$SVC_C_ERR" "$SVC_C_OFF" "$*" >&2; return 1; }

# Run a command as root: directly when we are root, through sudo otherwise (developer laptops).
svc_as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    svc_fail "need root (or sudo) to run: $*"
  fi
}

# apt-get install, non-interactively. `apt-get update` is slow and needs the network, so it runs only
# when the first install attempt fails (typically: empty or stale package lists).
svc_apt_install() {
  command -v apt-get >/dev/null 2>&1 \
    || svc_fail "apt-get not found: install these packages by hand: $*" || return 1
  svc_log "installing (apt): $*"
  local apt=(svc_as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q)
  if "${apt[@]}" install --no-install-recommends "$@"; then
    return 0
  fi
  svc_log "install failed; refreshing package lists (apt-get update) and retrying"
  if "${apt[@]}" update && "${apt[@]}" install --no-install-recommends "$@"; then
    return 0
  fi
  svc_fail "could not install: $*"
}

# wait_until TIMEOUT_SECONDS DESCRIPTION CMD...: poll CMD once a second until it succeeds.
svc_wait_until() {
  local timeout=$1 what=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      svc_fail "timed out after ${timeout}s waiting for ${what}"
      return 1
    fi
    sleep 1
  done
}

# True when HOST is this machine: only then may we install or start a service for it.
svc_is_local_host() {
  case "$1" in 127.0.0.1 | localhost | ::1 | "") return 0 ;; *) return 1 ;; esac
}

# psql as the PostgreSQL superuser (trust auth on local machines, or PGPASSWORD), with safe defaults:
# no ~/.psqlrc (-X), stop at the first error,
# unaligned tuples-only output (for `SELECT 1` checks), never prompt for a password (-w).
# Extra arguments go to psql (e.g. -d DB, -v name=value); SQL comes on stdin, so that psql
# variables (:'x' literals, :"x" identifiers) are interpolated — psql does not do that for -c.
svc_psql_super() {
  # client_min_messages=warning hides the "already exists, skipping" notices of idempotent DDL.
  PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
    psql -X -q -w -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$PG_SUPERUSER" "$@"
}

# The roles must never be the superuser, nor each other: ensure_roles strips SUPERUSER/BYPASSRLS
# from them, which would cripple the `postgres` role, and an app role that is also the owner
# silently escapes row-level security.
svc_check_role_names() {
  [[ -n "$DB_OWNER_USER" && -n "$DB_APP_USER" ]] || svc_fail "DB_OWNER_USER and DB_APP_USER must be set" || return 1
  [[ "$DB_OWNER_USER" != "$DB_APP_USER" ]] \
    || svc_fail "DB_OWNER_USER and DB_APP_USER must differ (RLS does not bind a table's owner)" || return 1
  [[ "$DB_OWNER_USER" != "$PG_SUPERUSER" && "$DB_APP_USER" != "$PG_SUPERUSER" ]] \
    || svc_fail "DB_OWNER_USER/DB_APP_USER must not be the superuser '$PG_SUPERUSER'" || return 1
}

# ---------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------

# Newest installed cluster version (e.g. "15"), empty when PostgreSQL is not installed.
svc_pg_version() {
  if [[ -d /etc/postgresql ]]; then
    # shellcheck disable=SC2012  # version directory names are plain numbers
    ls /etc/postgresql 2>/dev/null | sort -V | tail -1
  fi
}

ensure_postgres() {
  if pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; then
    svc_log "postgres: ready on $DB_HOST:$DB_PORT"
    return 0
  fi
  svc_is_local_host "$DB_HOST" \
    || svc_fail "postgres at $DB_HOST:$DB_PORT is not answering, and it is not on this machine: start it there" \
    || return 1

  # Not installed at all (no pg_ctlcluster or no cluster): install Debian's PostgreSQL 15, the version
  # TOOLCHAIN.md pairs with postgresql-15-postgis-3. The package creates the `main` cluster.
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ -z "$(svc_pg_version)" ]]; then
    svc_apt_install postgresql-15 || return 1
  fi

  local version
  version="$(svc_pg_version)"
  [[ -n "$version" ]] || svc_fail "postgres installed but no cluster in /etc/postgresql" || return 1
  svc_log "postgres: starting cluster $version/main"
  # --skip-systemctl-redirect: containers and CI machines have no systemd; start the cluster directly.
  # A failure here can mean "already starting"; the readiness wait below is the real check.
  svc_as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start \
    || svc_log "pg_ctlcluster returned non-zero; waiting for readiness anyway"
  svc_wait_until 60 "postgres on $DB_HOST:$DB_PORT (see /var/log/postgresql/postgresql-$version-main.log)" \
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT" || return 1
  svc_log "postgres: ready on $DB_HOST:$DB_PORT"
}

ensure_postgis() {
  local available
  available="$(svc_psql_super -d postgres -c "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")" \
    || svc_fail "cannot query postgres as superuser '$PG_SUPERUSER' on $DB_HOST:$DB_PORT" || return 1
  if [[ -n "$available" ]]; then
    svc_log "postgis: available"
    return 0
  fi
  svc_is_local_host "$DB_HOST" \
    || svc_fail "postgis is not installed on the server $DB_HOST: install it there" || return 1
  # Match the running server's major version (15 on these machines).
  local major
  major="$(svc_psql_super -d postgres -c "SELECT current_setting('server_version_num')::int / 10000")" || return 1
  svc_apt_install "postgresql-${major:-15}-postgis-3" || return 1
  available="$(svc_psql_super -d postgres -c "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")"
  [[ -n "$available" ]] || svc_fail "postgis still not available after installing postgresql-${major}-postgis-3" || return 1
  svc_log "postgis: installed"
}

# Two roles, following DESIGN.md §3:
#   owner — owns the schema and tables, runs the Flyway migrations. Table owners are exempt from RLS
#           (unless FORCE ROW LEVEL SECURITY), which is exactly why the app must not be it.
#   app   — what the running application connects as: no superuser, no BYPASSRLS, owns nothing, is not
#           a member of the owner role, so PostgreSQL row-level security applies to every query it runs.
# Attributes are (re)applied every time, so a role that drifted (BYPASSRLS granted by hand) is fixed.
ensure_roles() {
  svc_check_role_names || return 1
  svc_psql_super -d postgres \
    -v owner="$DB_OWNER_USER" -v owner_pw="$DB_OWNER_PASSWORD" \
    -v app="$DB_APP_USER" -v app_pw="$DB_APP_PASSWORD" <<'SQL'
-- CREATE ROLE has no IF NOT EXISTS: generate the statement only when the role is absent (\gexec).
SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app')   WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" WITH LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'owner_pw';
ALTER ROLE :"app"   WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
-- Membership in the owner role would let the app act as the owner (and so skip RLS): remove it.
SELECT format('REVOKE %I FROM %I', :'owner', :'app')
  WHERE pg_has_role(:'app', :'owner', 'MEMBER') \gexec
SQL
  svc_log "roles: $DB_OWNER_USER (owner), $DB_APP_USER (app, NOBYPASSRLS) in place"
}

# ensure_database NAME — the database, owned by the owner role, with the extensions and grants the
# migrations expect. Extensions are created here because PostGIS needs a superuser (pg_trgm and
# citext are "trusted" and would not, but one place for all three is simpler).
ensure_database() {
  local db=${1:?usage: ensure_database NAME}
  svc_check_role_names || return 1
  svc_psql_super -d postgres -v db="$db" -v owner="$DB_OWNER_USER" <<'SQL'
-- CREATE DATABASE cannot run inside a transaction or a DO block; \gexec runs it as a plain statement.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"owner";
SQL
  svc_psql_super -d "$db" -v db="$db" -v owner="$DB_OWNER_USER" -v app="$DB_APP_USER" <<'SQL'
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;
GRANT CONNECT ON DATABASE :"db" TO :"app";
-- Only the owner creates objects in public (migrations); the app only uses them.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
ALTER SCHEMA public OWNER TO :"owner";
-- If anything here was ever created as the app role (e.g. migrations run with the wrong user), hand it
-- to the owner: the app must own nothing, or RLS does not apply to it on those tables.
REASSIGN OWNED BY :"app" TO :"owner";
SQL
  svc_log "database: $db ready (owner $DB_OWNER_USER; postgis, pg_trgm, citext, btree_gist)"
}

# drop_database NAME — FORCE ends lingering connections (a test JVM that did not close its pool).
drop_database() {
  local db=${1:?usage: drop_database NAME}
  svc_psql_super -d postgres -v db="$db" <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
SQL
  svc_log "database: $db dropped"
}

# ---------------------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------------------

svc_redis_pong() {
  [[ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]
}

ensure_redis() {
  if command -v redis-cli >/dev/null 2>&1 && svc_redis_pong; then
    svc_log "redis: ready on $REDIS_HOST:$REDIS_PORT"
    return 0
  fi
  svc_is_local_host "$REDIS_HOST" \
    || svc_fail "redis at $REDIS_HOST:$REDIS_PORT is not answering, and it is not on this machine: start it there" \
    || return 1
  if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    svc_apt_install redis-server || return 1   # Debian's package brings redis-cli (redis-tools) too
  fi
  svc_log "redis: starting on 127.0.0.1:$REDIS_PORT"
  # A cache/presence store for development and tests: no persistence (--save "" --appendonly no),
  # bound to loopback only. --daemonize returns once the server has forked.
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null \
    || svc_fail "redis-server did not start" || return 1
  svc_wait_until 30 "redis PONG on $REDIS_HOST:$REDIS_PORT" svc_redis_pong || return 1
  svc_log "redis: ready on $REDIS_HOST:$REDIS_PORT"
}

# ---------------------------------------------------------------------------------------------------
# Node tooling (graphql-http audit now; the Next.js panel later)
# ---------------------------------------------------------------------------------------------------

# ensure_node_deps DIR — install DIR's npm packages when node_modules is missing or older than the lock
# file. `npm ci` installs exactly the committed lock (reproducible); `npm install` only when there is
# no lock yet. npm writes node_modules/.package-lock.json on every install, which is the stamp we
# compare, since the directory's own mtime does not change when only nested files do.
ensure_node_deps() {
  local dir=${1:?usage: ensure_node_deps DIR}
  [[ -f "$dir/package.json" ]] || svc_fail "no package.json in $dir" || return 1
  command -v npm >/dev/null 2>&1 || svc_fail "npm not found: install Node.js 20+ first" || return 1
  local stamp="$dir/node_modules/.package-lock.json"
  if [[ -d "$dir/node_modules" && -f "$stamp" ]] \
    && { [[ ! -f "$dir/package-lock.json" ]] || [[ ! "$dir/package-lock.json" -nt "$stamp" ]]; } \
    && [[ ! "$dir/package.json" -nt "$stamp" ]]; then
    return 0
  fi
  if [[ -f "$dir/package-lock.json" ]]; then
    svc_log "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || svc_fail "npm ci failed in $dir" || return 1
  else
    svc_log "npm install in $dir (no package-lock.json yet)"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error) || svc_fail "npm install failed in $dir" || return 1
  fi
  touch "$stamp" 2>/dev/null || true   # npm may leave the stamp untouched when nothing changed
}

# ---------------------------------------------------------------------------------------------------
# The application jar
# ---------------------------------------------------------------------------------------------------

# app_jar — path (relative to the repo root) of the newest repackaged API jar, empty when none.
# The Boot plugin renames the plain jar to *.jar.original, so the glob only sees the runnable one.
app_jar() {
  local newest="" f
  for f in "$RADAR_ROOT"/target/radartracking-api-*.jar; do
    [[ -f "$f" ]] || continue
    if [[ -z "$newest" || "$f" -nt "$newest" ]]; then newest="$f"; fi
  done
  [[ -z "$newest" ]] || echo "${newest#"$RADAR_ROOT"/}"
}

# ---------------------------------------------------------------------------------------------------
# Long-running children (Maven, the API, the audit)
# ---------------------------------------------------------------------------------------------------

# run_supervised CMD... — run CMD as a child and wait for it, forwarding Ctrl-C / SIGTERM to it.
# Why: bash runs a trap only after a *foreground* command finishes, and without a trap it dies at once
# and leaves the child running (a Maven build writing into a database our EXIT trap just dropped,
# or an API still holding the port). Here CMD runs in the background and we `wait`, which a trapped
# signal interrupts: the child gets SIGTERM (graceful shutdown for Spring/Maven), we wait until it is
# gone, then exit 130 (INT) or 143 (TERM) so the caller's EXIT trap reports an interrupted run.
# Background children ignore SIGINT in non-interactive bash, hence SIGTERM is what gets forwarded.
# Returns CMD's exit status otherwise.
SVC_CHILD_PID=""
SVC_CAUGHT_SIGNAL=""
svc_forward_signal() {
  SVC_CAUGHT_SIGNAL=$1
  if [[ -n "$SVC_CHILD_PID" ]]; then kill -TERM "$SVC_CHILD_PID" 2>/dev/null || true; fi
}
run_supervised() {
  local old_int old_term rc=0
  old_int="$(trap -p INT)"
  old_term="$(trap -p TERM)"
  SVC_CAUGHT_SIGNAL=""
  "$@" &
  SVC_CHILD_PID=$!
  trap 'svc_forward_signal 130' INT
  trap 'svc_forward_signal 143' TERM
  while :; do
    if wait "$SVC_CHILD_PID"; then rc=0; else rc=$?; fi
    # An interrupted wait returns >128 while the child may still be shutting down: wait again.
    kill -0 "$SVC_CHILD_PID" 2>/dev/null || break
  done
  SVC_CHILD_PID=""
  eval "${old_int:-trap - INT}"
  eval "${old_term:-trap - TERM}"
  if [[ -n "$SVC_CAUGHT_SIGNAL" ]]; then exit "$SVC_CAUGHT_SIGNAL"; fi
  return "$rc"
}
