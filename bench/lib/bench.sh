# shellcheck shell=bash
# bench/lib/bench.sh — sourced by every bench/<target> command.
#
# Why: each benchmark needs the same set-up as bin/test (real PostgreSQL + PostGIS and Redis, a fresh
# database so leftovers never shape a figure) plus the API jar started for real on its own port, a
# signed-up business and its Admin token. Figures are printed, never asserted: benchmarks report, the
# test suite decides.
#
# Env: BENCH_PORT (18280), BENCH_KEEP_DB=1 keeps the database, SKIP_BUILD=1 reuses the last jar,
#      BENCH_START_TIMEOUT (300 s) for the API to become ready on a loaded machine,
#      BENCH_JAVA_OPTS extra JVM options for the API (default: -Xmx2g), BENCH_JAR runs that jar instead of the
#      newest in target/ (implies SKIP_BUILD=1; to compare two builds, or while a build rewrites target/).

source "$(dirname "${BASH_SOURCE[0]}")/../../bin/lib/env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/../../bin/lib/services.sh"
cd "$RADAR_ROOT"

BENCH_PORT="${BENCH_PORT:-18280}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_DB="radartracking_bench_$(date +%s)_$$"
BENCH_API_PID=""
BENCH_API_LOG="$(mktemp -t radar-bench-api.XXXXXX)"

bench_log() { printf '[bench] %s\n' "$*" >&2; }

# bench_prepare — services, a fresh database, the jar (built unless SKIP_BUILD=1), jq for the scripts.
bench_prepare() {
  ensure_postgres && ensure_postgis && ensure_redis && ensure_roles || return 1
  command -v jq >/dev/null 2>&1 || svc_apt_install jq || return 1
  ensure_database "$BENCH_DB" || return 1
  export DB_NAME="$BENCH_DB"
  if [[ -n "${BENCH_JAR:-}" ]]; then
    [[ -f "$BENCH_JAR" ]] || { bench_log "BENCH_JAR $BENCH_JAR does not exist"; return 1; }
  elif [[ "${SKIP_BUILD:-0}" != 1 || -z "$(app_jar)" ]]; then
    bench_log "building the API jar"
    ./mvnw -B -q -DskipTests package || return 1
  fi
  trap bench_cleanup EXIT
}

# bench_start_api [extra Spring args...] — start the jar on BENCH_PORT and wait until it is ready.
bench_start_api() {
  bench_log "starting the API on $BENCH_URL (log: $BENCH_API_LOG)"
  # shellcheck disable=SC2086
  SERVER_PORT="$BENCH_PORT" java ${BENCH_JAVA_OPTS:--Xmx2g} -jar "${BENCH_JAR:-$(app_jar)}" \
    --radar.auth.login.max-attempts-per-ip=1000000 "$@" >"$BENCH_API_LOG" 2>&1 &
  BENCH_API_PID=$!
  local deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-300}))
  until curl -fsS -o /dev/null --max-time 2 "$BENCH_URL/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$BENCH_API_PID" 2>/dev/null || { tail -40 "$BENCH_API_LOG" >&2; bench_log "the API died"; return 1; }
    ((SECONDS < deadline)) || { bench_log "the API was not ready within ${BENCH_START_TIMEOUT:-300} s"; return 1; }
    sleep 1
  done
}

bench_cleanup() {
  if [[ -n "$BENCH_API_PID" ]] && kill -0 "$BENCH_API_PID" 2>/dev/null; then
    kill "$BENCH_API_PID" 2>/dev/null || true
    wait "$BENCH_API_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_KEEP_DB:-0}" == 1 ]]; then bench_log "kept database $BENCH_DB"; else drop_database "$BENCH_DB" || true; fi
  rm -f "$BENCH_API_LOG"
}

# bench_graphql TOKEN QUERY [VARIABLES_JSON] — one GraphQL call, prints the JSON answer.
bench_graphql() {
  local token=$1 query=$2 variables=${3:-'{}'}
  jq -nc --arg q "$query" --argjson v "$variables" '{query: $q, variables: $v}' |
    curl -fsS -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} \
      --data-binary @- "$BENCH_URL/graphql"
}

# bench_sign_up NAME — signs up a business; prints "<businessId> <accessToken>".
bench_sign_up() {
  local email="bench-$(date +%s%N)@example.test"
  bench_graphql "" 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken business { id } } }' \
    "$(jq -nc --arg n "$1" --arg e "$email" \
      '{i: {businessName: $n, timeZone: "America/Bogota", email: $e, password: "Bench-password-2026", displayName: "Bench Admin"}}')" |
    jq -r '.data.signUp | "\(.business.id) \(.accessToken)"'
}

# bench_sql SQL — runs SQL as the superuser in the bench database (data generators bypass RLS on purpose).
bench_sql() { svc_psql_super -d "$BENCH_DB" <<<"$1"; }

# bench_load ARGS... — the load generator (bench/lib/LoadGen.java), see its Javadoc for arguments.
bench_load() { java "$RADAR_ROOT/bench/lib/LoadGen.java" "$@"; }
