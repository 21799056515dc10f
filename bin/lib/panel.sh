# shellcheck shell=bash
# bin/lib/panel.sh — the Next.js admin panel (frontend/) for bin/run and bin/test; sourced after
# env.sh and services.sh.
#
# Why: both commands need the same three things — the panel's npm packages (from the committed lock),
# a production build that is current with the sources, and the built panel served next to an API —
# and bin/test must be able to stop exactly the server it started. The panel is the standalone Node
# server `next build` writes (frontend/.next/standalone/server.js), started directly with node so the
# PID we record is the server's own (not an npm wrapper's).

PANEL_DIR="$RADAR_ROOT/frontend"
: "${PANEL_PORT:=3000}"; export PANEL_PORT
# Next.js would otherwise report usage over the network from every build and server (and say so).
export NEXT_TELEMETRY_DISABLED=1

# svc_port_in_use PORT — true when something accepts connections on 127.0.0.1:PORT.
svc_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# svc_free_port FIRST — prints the first free port from FIRST up (100 tries).
svc_free_port() {
  local port=${1:?usage: svc_free_port FIRST} tries=0
  while svc_port_in_use "$port"; do
    port=$((port + 1)); tries=$((tries + 1))
    ((tries < 100)) || { svc_fail "no free port from $1"; return 1; }
  done
  echo "$port"
}

# svc_port_owned_by PORT PID — true when the socket listening on PORT belongs to PID or one of its
# descendants (npm starts node as a child). True as well when `ss` cannot tell (not installed).
svc_port_owned_by() {
  local port=$1 pid=$2 owners owner
  command -v ss >/dev/null 2>&1 || return 0
  owners="$(ss -ltnpH "( sport = :$port )" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2)"
  for owner in $owners; do
    while [[ -n "$owner" && "$owner" -gt 1 ]]; do
      [[ "$owner" == "$pid" ]] && return 0
      owner="$(ps -o ppid= -p "$owner" 2>/dev/null | tr -d ' ')"
    done
  done
  return 1
}

# svc_wait_http URL PID LOG TIMEOUT — wait until URL answers 2xx/3xx from PID's own server, failing early
# (with the log's tail) when PID exits first. The ownership check matters when two runs share the machine:
# a port free when chosen can be taken by the other run's server before ours binds it, and that server's
# answer must not pass for ours (ours then dies with "port already in use", and tests would run against the
# other run's database).
svc_wait_http() {
  local url=$1 pid=$2 log=$3 timeout=${4:-120}
  local deadline=$((SECONDS + timeout)) port
  port="$(sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#' <<<"$url")"
  until curl -sS -o /dev/null --max-time 3 -f "$url" 2>/dev/null && svc_port_owned_by "$port" "$pid"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      svc_fail "the process behind $url exited during start-up; last lines of $log:"; tail -n 40 "$log" >&2; return 1
    fi
    if ((SECONDS >= deadline)); then
      svc_fail "$url did not answer within ${timeout}s; last lines of $log:"; tail -n 40 "$log" >&2; return 1
    fi
    sleep 1
  done
}

# svc_stop_pid PID — SIGTERM, a grace period for a clean shutdown, then SIGKILL. Only our own children.
svc_stop_pid() {
  local pid=$1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in {1..20}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

ensure_panel_deps() { ensure_node_deps "$PANEL_DIR"; }

# ensure_chromium — the browser of the end-to-end tests: Debian's `chromium` package (playwright-core
# drives it; it never downloads a browser of its own). CHROMIUM_PATH points at another one.
ensure_chromium() {
  local path=${CHROMIUM_PATH:-/usr/bin/chromium}
  [[ -x "$path" ]] && return 0
  [[ -z "${CHROMIUM_PATH:-}" ]] || svc_fail "CHROMIUM_PATH=$path is not an executable" || return 1
  svc_apt_install chromium || return 1
  [[ -x "$path" ]] || svc_fail "chromium installed but $path is missing" || return 1
  svc_log "chromium: $("$path" --version 2>/dev/null || echo installed)"
}

# ensure_zbar — zbarimg decodes the loyalty card QR codes the panel draws (src/modules/loyalty/qr.test.ts),
# an independent check of our own encoder. Debian's zbar-tools; without it those checks are skipped.
ensure_zbar() {
  command -v zbarimg >/dev/null 2>&1 && return 0
  svc_apt_install zbar-tools || return 1
  svc_log "zbar-tools: $(zbarimg --version 2>/dev/null || echo installed)"
}

# True when the last build is older than anything it was built from (sources, operations, the API's
# schema, the lock file, the configuration), or there is none.
panel_build_stale() {
  local stamp="$PANEL_DIR/.next/standalone/server.js"
  [[ -f "$stamp" && -d "$PANEL_DIR/.next/standalone/.next/static" ]] || return 0
  local newer
  newer="$(find "$PANEL_DIR/src" "$RADAR_ROOT/graphql-schema" "$PANEL_DIR/package-lock.json" "$PANEL_DIR/codegen.ts" \
    "$PANEL_DIR/next.config.ts" "$PANEL_DIR/postcss.config.mjs" -newer "$stamp" -print -quit 2>/dev/null)"
  [[ -n "$newer" ]]
}

# build_panel — `npm run build` (codegen, next build, static assets beside the standalone server).
build_panel() {
  svc_log "building the panel (npm run build in frontend/)"
  (cd "$PANEL_DIR" && npm run --silent build) || svc_fail "the panel build failed" || return 1
}

# ensure_panel_built — packages, then a build only when the sources changed since the last one.
ensure_panel_built() {
  ensure_panel_deps || return 1
  if panel_build_stale; then build_panel || return 1; else svc_log "panel: build is current"; fi
}

# start_panel PORT API_GRAPHQL_URL LOG [HOST] — serve the built panel in the background; sets
# PANEL_PID (and writes it to PANEL_PID_FILE when set, at once, so a caller in another process can stop
# it even while we are still waiting) and returns once it answers (its login page) or fails.
PANEL_PID=""
start_panel() {
  local port=$1 api=$2 log=$3 host=${4:-127.0.0.1}
  [[ -f "$PANEL_DIR/.next/standalone/server.js" ]] || svc_fail "the panel is not built (frontend/.next/standalone)" || return 1
  svc_log "starting the panel on $host:$port (API $api; log: $log)"
  # NODE_ENV production: the standalone server is a production build. HOSTNAME is what server.js
  # binds to (containers export their own HOSTNAME, hence always set here). KEEP_ALIVE_TIMEOUT: Node closes
  # an idle kept-alive connection after 5 s, and a client reusing it at that moment gets ECONNRESET (a browser
  # test failed so); 65 s also outlasts a load balancer's usual 60 s idle timeout, as it must.
  (cd "$PANEL_DIR/.next/standalone" && exec env NODE_ENV=production PORT="$port" HOSTNAME="$host" \
    KEEP_ALIVE_TIMEOUT="${KEEP_ALIVE_TIMEOUT:-65000}" RADAR_API_URL="$api" NEXT_TELEMETRY_DISABLED=1 \
    node server.js) >"$log" 2>&1 &
  PANEL_PID=$!
  if [[ -n "${PANEL_PID_FILE:-}" ]]; then echo "$PANEL_PID" >"$PANEL_PID_FILE"; fi
  svc_wait_http "http://127.0.0.1:$port/login" "$PANEL_PID" "$log" "${PANEL_START_TIMEOUT:-120}"
}
