# shellcheck shell=bash
# bin/lib/env.sh — sourced by bin/run, bin/test and the service helpers.
#
# Why: the Java app, the tests and the shell tooling must agree on one configuration contract.
# Every value below is read by the application from the environment (see application.yml), so a
# developer or CI can override any of them by exporting it first; we only fill in defaults.
# This file is meant to be sourced, so it does not change shell options of its caller.

# Repository root, whatever directory the caller ran from.
RADAR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export RADAR_ROOT

# The default `java` on these machines is 17 and a stray JAVA_HOME may point at it, so we set the
# JDK 25 unconditionally (TOOLCHAIN.md). RADAR_JAVA_HOME is the escape hatch for other machines.
JAVA_HOME="${RADAR_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
# JDK 25 must come first on PATH, ahead of the system java 17; sourcing twice adds nothing.
case "$PATH" in
  "$JAVA_HOME/bin:"*) ;;
  *) export PATH="$JAVA_HOME/bin:$PATH" ;;
esac

# --- Config contract (names are fixed: the Java side reads exactly these) -----------------------
# PostgreSQL (+ PostGIS), the system of record.
: "${DB_HOST:=127.0.0.1}";            export DB_HOST
: "${DB_PORT:=5432}";                 export DB_PORT
: "${DB_NAME:=radartracking}";        export DB_NAME
# Migration owner: owns the tables; Flyway connects as it. RLS does not bind it.
: "${DB_OWNER_USER:=radar_owner}";    export DB_OWNER_USER
: "${DB_OWNER_PASSWORD:=radar_owner}"; export DB_OWNER_PASSWORD
# Application role: NOSUPERUSER, NOBYPASSRLS, not the owner, so row-level security applies to it.
: "${DB_APP_USER:=radar_app}";        export DB_APP_USER
: "${DB_APP_PASSWORD:=radar_app}";    export DB_APP_PASSWORD
# Redis: presence, rate limits, pub/sub, caches shared across instances.
: "${REDIS_HOST:=127.0.0.1}";         export REDIS_HOST
: "${REDIS_PORT:=6379}";              export REDIS_PORT
# HTTP port of the API.
: "${SERVER_PORT:=8080}";             export SERVER_PORT

# Superuser used only by the tooling (create roles, databases, extensions). Local machines use
# trust auth for it; it is never given to the application.
: "${PG_SUPERUSER:=postgres}";        export PG_SUPERUSER
