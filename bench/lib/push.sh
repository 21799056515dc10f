# shellcheck shell=bash
# bench/lib/push.sh — shared by bench/push-crash and bench/push-fanout (source after lib/bench.sh).
#
# The FCM stand-in (src/test/java/.../push/gateway/standin/FcmStandIn.java, JDK only) runs from source in its
# own JVM (bench/lib/fcm-standin.sh); the API jar is started with the dispatcher on and the FCM provider pointed at it, so every message
# goes through the real Firebase Admin SDK over HTTP. Outbox rows are planted with direct SQL as the
# superuser (bench/lib/push-queue.sql): the benches measure the dispatcher, not the fan-out that writes rows.
#
# Env: STANDIN_LATENCY_MS (20), PUSH_TRANSPORT (http1: the FCM client's HTTP transport), PUSH_WORKERS (4), PUSH_BATCH (500), PUSH_LEASE (20s), PUSH_VACUUM_EVERY (5 s;
#      only when autovacuum is off).

source "$RADAR_ROOT/bench/lib/fcm-standin.sh"
PUSH_WORKERS="${PUSH_WORKERS:-4}"
PUSH_BATCH="${PUSH_BATCH:-500}"
PUSH_LEASE="${PUSH_LEASE:-20s}"
STANDIN_URL=""

# push_start_standin — the stand-in (bench/lib/fcm-standin.sh) on a free port, STANDIN_LATENCY_MS per message.
push_start_standin() {
  FCM_STANDIN_PORT=0 fcm_standin_start --latency-ms "${STANDIN_LATENCY_MS:-20}"
  STANDIN_URL="$FCM_STANDIN_URL"
}

push_stop_standin() { fcm_standin_stop; }

push_standin_stats() { fcm_standin_stats; }

# push_api_args — Spring arguments: dispatcher on, FCM through the SDK to the stand-in.
push_api_args() {
  printf '%s\n' \
    --radar.push.dispatch.enabled=true \
    --radar.push.dispatch.workers="$PUSH_WORKERS" \
    --radar.push.dispatch.batch-size="$PUSH_BATCH" \
    --radar.push.dispatch.lease="$PUSH_LEASE" \
    --radar.push.dispatch.idle-poll=200ms \
    --radar.push.gateway.provider=fcm \
    --radar.push.gateway.fcm.project-id=radar-bench \
    --radar.push.gateway.fcm.transport="${PUSH_TRANSPORT:-http1}" \
    --radar.push.gateway.fcm.endpoint="$STANDIN_URL"
}

# push_plant BUSINESS DEVICES SENDS — DEVICES customers with one token each, SENDS sends of DEVICES rows.
push_plant() {
  svc_psql_super -d "$BENCH_DB" -v business="$1" -v devices="$2" -v sends="$3" -f "$RADAR_ROOT/bench/lib/push-queue.sql"
}

# push_counts — "status count" lines of the outbox (superuser, so across tenants).
push_counts() { bench_sql "SELECT status, count(*) FROM notifications GROUP BY 1 ORDER BY 1;"; }

# push_vacuum_queue — when autovacuum is off (this machine's CI configuration, conf.d/90-ci.conf), does its
# job on push_queue for the rest of the bench: a VACUUM every PUSH_VACUUM_EVERY seconds (5), as often as the
# table's autovacuum settings would in production after ~10,000 dead rows at these rates. Without it every
# claim walks over the dead index entries of all rows sent so far. One long-lived session, so its CPU is
# counted with the bench database's backends. Stopped by push_stop_vacuum (and when the bench exits).
PUSH_VACUUM_PID=""
push_vacuum_queue() {
  [[ "$(bench_sql "SHOW autovacuum;")" == off ]] || return 0
  local every="${PUSH_VACUUM_EVERY:-5}"
  bench_log "autovacuum is off here: vacuuming push_queue every ${every} s instead"
  { for _ in $(seq 1 $((7200 / every))); do printf 'VACUUM push_queue;\n\\! sleep %s\n' "$every"; done; } |
    PGAPPNAME=radar-bench-vacuum svc_psql_super -q -d "$BENCH_DB" >/dev/null 2>&1 &
  PUSH_VACUUM_PID=$!
}

# push_stop_vacuum — ends that session (its backend, then the shell feeding it).
push_stop_vacuum() {
  [[ -n "$PUSH_VACUUM_PID" ]] || return 0
  bench_sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = 'radar-bench-vacuum' AND datname = current_database();" >/dev/null 2>&1 || true
  pkill -P "$PUSH_VACUUM_PID" 2>/dev/null || true
  kill "$PUSH_VACUUM_PID" 2>/dev/null || true
  PUSH_VACUUM_PID=""
}

# push_pending — rows still QUEUED or SENDING.
push_pending() { bench_sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING');"; }

# push_wait_drained SECONDS — waits until no row is QUEUED or SENDING; fails when the API dies (its log's tail
# shown) or when SECONDS pass first.
push_wait_drained() {
  local deadline=$((SECONDS + $1))
  until [[ "$(push_pending)" == 0 ]]; do
    kill -0 "$BENCH_API_PID" 2>/dev/null || { tail -40 "$BENCH_API_LOG" >&2; bench_log "the API died"; return 1; }
    ((SECONDS < deadline)) || { bench_log "not drained within $1 s"; return 1; }
    sleep 1
  done
}

# push_metric NAME — a Prometheus sample of the API (sum over its labels), 0 when absent.
push_metric() {
  curl -fsS --max-time 5 "$BENCH_URL/actuator/prometheus" 2>/dev/null |
    awk -v m="$1" '$1 == m || index($1, m "{") == 1 {s += $2} END {printf "%.0f\n", s}'
}

push_loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# proc_cpu_seconds PID... — user + system CPU seconds used so far by these processes (0 for gone ones).
proc_cpu_seconds() {
  local hz total=0 pid ticks
  hz="$(getconf CLK_TCK)"
  for pid in "$@"; do
    ticks="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
    total=$((total + ticks))
  done
  awk -v t="$total" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }'
}

# push_cpu_seconds — "api standin postgres" CPU seconds so far: the API, the stand-in, and the PostgreSQL
# backends connected to the bench database (the API's pool; autovacuum and the WAL writer are not counted).
push_cpu_seconds() {
  local backends
  mapfile -t backends < <(bench_sql "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();")
  echo "$(proc_cpu_seconds "$BENCH_API_PID") $(proc_cpu_seconds "$FCM_STANDIN_PID") $(proc_cpu_seconds "${backends[@]}")"
}

# push_cpu_report BEFORE AFTER MESSAGES — CPU per 1,000 messages of each part, and what 2 cores would allow.
push_cpu_report() {
  local before=$1 after=$2 n=$3
  read -r a0 s0 p0 <<<"$before"
  read -r a1 s1 p1 <<<"$after"
  awk -v a="$(awk -v x="$a1" -v y="$a0" 'BEGIN {print x - y}')" -v s="$(awk -v x="$s1" -v y="$s0" 'BEGIN {print x - y}')" \
      -v p="$(awk -v x="$p1" -v y="$p0" 'BEGIN {print x - y}')" -v n="$n" -v cores="$(nproc)" 'BEGIN {
    t = a + s + p
    printf "  CPU s (per 1,000 msg)           API %.1f (%.0f ms), stand-in %.1f (%.0f ms), PostgreSQL backends %.1f (%.0f ms)\n", a, a * 1e6 / n, s, s * 1e6 / n, p, p * 1e6 / n
    printf "  CPU-bound rate on %d idle cores  %.0f msg/s (API + PostgreSQL: %.0f msg/s without the stand-in)\n", cores, cores * n / t, cores * n / (a + p)
  }'
}
