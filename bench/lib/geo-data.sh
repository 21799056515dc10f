# shellcheck shell=bash
# bench/lib/geo-data.sh — geofencing data for bench/geo-pings and bench/geo-lookup (sourced after bench.sh).
#
# Why SQL and not the API: 10,000 businesses through signUp would take longer than the measurement. The
# rows are what the API writes (businesses, one location each, zones, an app key per business), with
# deterministic ids and places so scripts can aim at a business without reading the database:
#   business b (1..N):  id 00000000-0000-4000-8000-<b as 12 hex digits>
#   its location:       lat 3 + ((b * 7919) % 4000) / 1000, lng -77 + ((b * 104729) % 5000) / 1000
#   its zones:          zone 1 a circle of 80..300 m on the location; the others circles of 50 m..2 km
#                       (one in 20 up to 5 km) within 3 km of it, one in ten a square polygon
#   its app key:        pk_live_ + 32 hex digits of md5('geo-bench-' || b)

# bench_geo_business_id B — the uuid of business B.
bench_geo_business_id() { printf '00000000-0000-4000-8000-%012x' "$1"; }

# bench_geo_location B — "lat lng" of business B's location.
bench_geo_location() {
  awk -v b="$1" 'BEGIN { printf "%.6f %.6f\n", 3 + ((b * 7919) % 4000) / 1000, -77 + ((b * 104729) % 5000) / 1000 }'
}

# bench_generate_geo BUSINESSES ZONES_PER_BUSINESS — seeds the rows above and analyzes the tables.
bench_generate_geo() {
  local businesses=$1 zones=$2
  bench_log "seeding $businesses businesses, $((businesses * zones)) zones, one app key each"
  bench_sql "
    INSERT INTO businesses (id, name, time_zone)
    SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(b), 12, '0'))::uuid, 'Geo Bench ' || b, 'America/Bogota'
    FROM generate_series(1, $businesses) b;
    INSERT INTO locations (id, business_id, name, time_zone, point)
    SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(b), 12, '0'))::uuid,
           ('00000000-0000-4000-8000-' || lpad(to_hex(b), 12, '0'))::uuid, 'Store ' || b, 'America/Bogota',
           ST_SetSRID(ST_MakePoint(-77 + ((b * 104729) % 5000) / 1000.0, 3 + ((b * 7919) % 4000) / 1000.0), 4326)::geography
    FROM generate_series(1, $businesses) b;
    INSERT INTO mobile_apps (id, business_id, name, public_key)
    SELECT gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(b), 12, '0'))::uuid, 'Bench app',
           'pk_live_' || md5('geo-bench-' || b)
    FROM generate_series(1, $businesses) b;
    WITH z AS (
      SELECT b, n, l.point AS home,
             CASE WHEN n = 1 THEN 0 ELSE 3000 * sqrt(random()) END AS away, 2 * pi() * random() AS bearing,
             CASE WHEN n = 1 THEN 80 + (random() * 220)::int
                  WHEN random() < 0.05 THEN 2000 + (random() * 3000)::int
                  ELSE 50 + (random() * 1950)::int END AS radius,
             n > 1 AND random() < 0.1 AS square
      FROM generate_series(1, $businesses) b CROSS JOIN generate_series(1, $zones) n
      JOIN locations l ON l.id = ('00000000-0000-4000-9000-' || lpad(to_hex(b), 12, '0'))::uuid
    ), placed AS (
      SELECT z.*, ST_Project(home, away, bearing) AS centre FROM z
    ), shaped AS (
      SELECT placed.*, CASE WHEN square THEN ST_Buffer(centre, radius / sqrt(2), 'quad_segs=1')::geography END AS polygon
      FROM placed
    )
    INSERT INTO geofences (id, business_id, location_id, name, shape, center, radius_m, polygon, dwell_seconds)
    SELECT gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(b), 12, '0'))::uuid,
           ('00000000-0000-4000-9000-' || lpad(to_hex(b), 12, '0'))::uuid, 'Zone ' || n,
           CASE WHEN square THEN 'POLYGON' ELSE 'CIRCLE' END,
           CASE WHEN square THEN ST_Centroid(polygon) ELSE centre END,
           CASE WHEN square THEN least(5000, ceil(radius * 1.05))::int ELSE radius END, polygon, 300
    FROM shaped;
    ANALYZE businesses; ANALYZE locations; ANALYZE geofences; ANALYZE mobile_apps;" >/dev/null
  bench_log "zones: $(bench_sql "SELECT shape || ' ' || count(*) FROM geofences GROUP BY shape ORDER BY 1" | tr '\n' ' ')"
}
