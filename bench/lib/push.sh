# shellcheck shell=bash
# bench/lib/push.sh — shared by bench/push-crash and bench/push-fanout (source after lib/bench.sh).
#
# The FCM stand-in (src/test/java/.../push/gateway/standin/FcmStandIn.java, JDK only) runs from source in its
# own JVM (bench/lib/fcm-standin.sh); the API jar is started with the dispatcher on and the FCM provider pointed at it, so every message
# goes through the real Firebase Admin SDK over HTTP. Outbox rows are planted with direct SQL as the
# superuser (bench/lib/push-queue.sql): the benches measure the dispatcher, not the fan-out that writes rows.
#
# Env: STANDIN_LATENCY_MS (20), STANDIN_THREADS (2), PUSH_WORKERS (4), PUSH_BATCH (500), PUSH_LEASE (20s).

source "$RADAR_ROOT/bench/lib/fcm-standin.sh"
PUSH_WORKERS="${PUSH_WORKERS:-4}"
PUSH_BATCH="${PUSH_BATCH:-500}"
PUSH_LEASE="${PUSH_LEASE:-20s}"
STANDIN_URL=""

# push_start_standin — the stand-in (bench/lib/fcm-standin.sh) on a free port, STANDIN_LATENCY_MS per message.
push_start_standin() {
  FCM_STANDIN_PORT=0 fcm_standin_start --latency-ms "${STANDIN_LATENCY_MS:-20}" --threads "${STANDIN_THREADS:-2}"
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
    --radar.push.gateway.fcm.endpoint="$STANDIN_URL"
}

# push_plant BUSINESS DEVICES SENDS — DEVICES customers with one token each, SENDS sends of DEVICES rows.
push_plant() {
  svc_psql_super -d "$BENCH_DB" -v business="$1" -v devices="$2" -v sends="$3" -f "$RADAR_ROOT/bench/lib/push-queue.sql"
}

# push_counts — "status count" lines of the outbox (superuser, so across tenants).
push_counts() { bench_sql "SELECT status, count(*) FROM notifications GROUP BY 1 ORDER BY 1;"; }

# push_pending — rows still QUEUED or SENDING.
push_pending() { bench_sql "SELECT count(*) FROM notifications WHERE status IN ('QUEUED', 'SENDING');"; }

# push_metric NAME — a Prometheus sample of the API (sum over its labels), 0 when absent.
push_metric() {
  curl -fsS --max-time 5 "$BENCH_URL/actuator/prometheus" 2>/dev/null |
    awk -v m="$1" '$1 == m || index($1, m "{") == 1 {s += $2} END {printf "%.0f\n", s}'
}

push_loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
