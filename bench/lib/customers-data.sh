# shellcheck shell=bash
# bench/lib/customers-data.sh — sourced after bench.sh: fills a business with bench customers.

# bench_generate_customers BUSINESS_ID COUNT — inserts COUNT customers in chunks, then ANALYZE.
bench_generate_customers() {
  local business=$1 count=$2 chunk=100000 offset=0 started=$SECONDS
  while ((offset < count)); do
    local n=$((count - offset < chunk ? count - offset : chunk))
    svc_psql_super -d "$BENCH_DB" -v business="$business" -v count="$n" -v offset="$offset" \
      <"$RADAR_ROOT/bench/lib/generate-customers.sql" || return 1
    offset=$((offset + n))
    bench_log "customers: $offset / $count ($((SECONDS - started)) s)"
  done
  bench_sql "ANALYZE customers;"
}
