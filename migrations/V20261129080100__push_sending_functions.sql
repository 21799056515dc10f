-- Push sending (DESIGN.md §5): what fan-out needs beyond the push tables.

-- When a message due at ts may go out given the business's quiet hours (local times in tz): ts itself
-- outside quiet hours, else the end of quiet hours (the same day, or the next one when the hours span
-- midnight and ts falls before midnight). A local end time that does not exist on a DST day is read as
-- PostgreSQL reads it (shifted forward), as java.time does. Mirrors push.sending.QuietHours (tested
-- against each other in QuietHoursSqlIT).
CREATE FUNCTION push_quiet_release(ts timestamptz, tz text, quiet_start time, quiet_end time) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN quiet_start IS NULL OR quiet_start = quiet_end THEN ts
        WHEN quiet_start < quiet_end THEN
            CASE WHEN (ts AT TIME ZONE tz)::time >= quiet_start AND (ts AT TIME ZONE tz)::time < quiet_end
                 THEN ((ts AT TIME ZONE tz)::date + quiet_end) AT TIME ZONE tz
                 ELSE ts END
        ELSE
            CASE WHEN (ts AT TIME ZONE tz)::time >= quiet_start
                 THEN ((ts AT TIME ZONE tz)::date + 1 + quiet_end) AT TIME ZONE tz
                 WHEN (ts AT TIME ZONE tz)::time < quiet_end
                 THEN ((ts AT TIME ZONE tz)::date + quiet_end) AT TIME ZONE tz
                 ELSE ts END
    END
$$;
GRANT EXECUTE ON FUNCTION push_quiet_release(timestamptz, text, time, time) TO ${appRole};

-- The expansion worker works across tenants: it first needs the sends that are due to expand (scheduled
-- and due, or interrupted mid-expansion), which row-level security hides. This definer function returns
-- their ids and businesses and nothing more; the worker then claims each under its own tenant.
CREATE FUNCTION push_sends_to_expand(max_sends int) RETURNS TABLE (business_id uuid, send_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT s.business_id, s.id FROM push_sends s
     WHERE s.status IN ('SCHEDULED', 'EXPANDING') AND s.scheduled_at <= now()
     ORDER BY s.scheduled_at, s.id
     LIMIT max_sends
$$;
REVOKE ALL ON FUNCTION push_sends_to_expand(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION push_sends_to_expand(int) TO ${appRole};
