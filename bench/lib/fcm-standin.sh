# shellcheck shell=bash
# bench/lib/fcm-standin.sh — start and stop the FCM stand-in for any bench (sourced).
#
# Why: push benches drive the real Firebase Admin SDK against a local FCM HTTP v1 stand-in
# (src/test/java/com/radartracking/push/gateway/standin/FcmStandIn.java, JDK only). It runs from source in
# its own JVM, so its CPU is apart from the sender's and measurable. Point the API at it with
# PUSH_PROVIDER=fcm FCM_ENDPOINT="$FCM_STANDIN_URL" FCM_PROJECT_ID=radar-bench.
#
#   fcm_standin_start [--latency-ms 20] [--ratio UNAVAILABLE=0.01] [--track-tokens false] ...
#       starts it on FCM_STANDIN_PORT (default 18290; 0 = any free port), waits until it listens,
#       sets FCM_STANDIN_URL and FCM_STANDIN_PID, and stops it on exit (chains an existing EXIT trap).
#   fcm_standin_stats            counters as JSON (requests, accepted, faults, distinctTokens, duplicateAccepts)
#   fcm_standin_config k=v&...   changes settings while it runs (latencyMs, ratio.<FAULT>, slowMs, ...)
#   fcm_standin_reset            clears counters and settings
#   fcm_standin_cpu_seconds      CPU seconds the stand-in has used so far (user + system)
#   fcm_standin_stop

FCM_STANDIN_SRC="${RADAR_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}/src/test/java/com/radartracking/push/gateway/standin/FcmStandIn.java"
FCM_STANDIN_PID=""
FCM_STANDIN_URL=""

fcm_standin_start() {
  local port_file log java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
  port_file="$(mktemp -t radar-fcm-standin-port.XXXXXX)"; rm -f "$port_file"
  log="$(mktemp -t radar-fcm-standin-log.XXXXXX)"
  # shellcheck disable=SC2086
  "$java_bin" ${FCM_STANDIN_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} "$FCM_STANDIN_SRC" --port "${FCM_STANDIN_PORT:-18290}" \
    --port-file "$port_file" "$@" >"$log" 2>&1 &
  FCM_STANDIN_PID=$!
  local deadline=$((SECONDS + 60))
  until [[ -s "$port_file" ]]; do
    kill -0 "$FCM_STANDIN_PID" 2>/dev/null || { cat "$log" >&2; echo "[fcm-standin] did not start" >&2; return 1; }
    ((SECONDS < deadline)) || { echo "[fcm-standin] not listening within 60 s" >&2; return 1; }
    sleep 0.2
  done
  FCM_STANDIN_URL="http://127.0.0.1:$(cat "$port_file")"
  export FCM_STANDIN_URL FCM_STANDIN_PID
  rm -f "$port_file"
  local previous; previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
  # shellcheck disable=SC2064
  trap "fcm_standin_stop; ${previous:-:}" EXIT
  echo "[fcm-standin] $(head -1 "$log") (pid $FCM_STANDIN_PID, log $log)" >&2
}

fcm_standin_stats() { curl -fsS "$FCM_STANDIN_URL/standin/stats"; }
fcm_standin_config() { curl -fsS -X POST "$FCM_STANDIN_URL/standin/config?$1"; }
fcm_standin_reset() { curl -fsS -X POST "$FCM_STANDIN_URL/standin/reset" >/dev/null; }

fcm_standin_cpu_seconds() {
  local ticks; ticks="$(awk '{print $14 + $15}' "/proc/$FCM_STANDIN_PID/stat")"
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

fcm_standin_stop() {
  if [[ -n "$FCM_STANDIN_PID" ]] && kill -0 "$FCM_STANDIN_PID" 2>/dev/null; then
    kill "$FCM_STANDIN_PID" 2>/dev/null || true
    wait "$FCM_STANDIN_PID" 2>/dev/null || true
  fi
  FCM_STANDIN_PID=""
}
