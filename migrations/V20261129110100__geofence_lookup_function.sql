-- The ping evaluation's zone lookup, through a definer function, so the GiST index can answer it.
--
-- Under row-level security PostgreSQL only turns leakproof operators into index conditions ahead of the
-- policy (so a policy cannot be bypassed by a function that leaks rows it filters); PostGIS's geography
-- && is not leakproof, so as the application role `ST_DWithin(center, p, 5500)` was only a filter and
-- the lookup read every live zone of the business through the business_id part of
-- geofences_lookup_gix (tens of ms for a business with thousands of zones). Like the customers page
-- (V20261128173520), the statement runs in a SECURITY DEFINER function as the owner, which applies the
-- tenant itself: nothing unless p_business is the transaction's current_business_id(), and only that
-- business's zones. geofences therefore becomes ENABLE (not FORCE) row-level security, as customers is:
-- the application role (the only one the API connects as) is still bound by the policy.
--
-- One call reads a batch of pings (ord, lng, lat arrays) against the zones: inside (within the radius,
-- or covered by the polygon: a hole is outside) and beyond (polygons only: farther than the hysteresis
-- buffer from the shape; for circles, every zone returned is within radius + buffer by construction).
-- p_bound is the constant upper bound (largest radius + its buffer) that makes the index usable.

ALTER TABLE geofences NO FORCE ROW LEVEL SECURITY;

CREATE FUNCTION geofence_lookup(p_business uuid, p_ords int[], p_lngs float8[], p_lats float8[], p_bound float8,
                                p_min_buffer float8, p_ratio float8)
    RETURNS TABLE (ord int, id uuid, location_id uuid, radius_m int, dwell_seconds int, inside boolean,
                   beyond boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 10
AS $$
#variable_conflict use_column
BEGIN
    IF p_business IS DISTINCT FROM current_business_id() THEN
        RETURN;
    END IF;
    RETURN QUERY
    WITH p AS (
        SELECT u.ord, ST_SetSRID(ST_MakePoint(u.lng, u.lat), 4326)::geography AS pt
        FROM unnest(p_ords, p_lngs, p_lats) AS u(ord, lng, lat)
    )
    SELECT p.ord, g.id, g.location_id, g.radius_m, g.dwell_seconds,
           CASE WHEN g.polygon IS NULL THEN ST_DWithin(g.center, p.pt, g.radius_m)
                ELSE ST_Covers(g.polygon, p.pt) END,
           CASE WHEN g.polygon IS NULL THEN false
                ELSE NOT ST_DWithin(g.polygon, p.pt, greatest(p_min_buffer, p_ratio * g.radius_m)) END
    FROM p
    JOIN geofences g ON g.business_id = p_business AND g.active AND g.deleted_at IS NULL
        AND ST_DWithin(g.center, p.pt, p_bound)
        AND ST_DWithin(g.center, p.pt, g.radius_m + greatest(p_min_buffer, p_ratio * g.radius_m));
END $$;

REVOKE ALL ON FUNCTION geofence_lookup(uuid, int[], float8[], float8[], float8, float8, float8) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION geofence_lookup(uuid, int[], float8[], float8[], float8, float8, float8) TO ${appRole};
