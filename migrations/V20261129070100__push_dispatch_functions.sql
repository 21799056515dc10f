-- The push dispatcher's way across tenants (DESIGN.md §5, issue 5 item 3).
--
-- The dispatcher claims due notifications of every business in one statement, so it cannot run under one
-- tenant's app.business_id. Row-level security stays FORCEd on the push tables and the application role
-- still sees nothing without a tenant: the dispatcher works only through the SECURITY DEFINER functions
-- below, which run as the owner role (the role that runs these migrations). FORCE binds the owner too, so
-- each table gets a second, permissive policy that applies only TO the owner role AND only while the
-- setting app.cross_tenant is 'push-dispatch'. The functions set it (transaction-local) on entry and clear
-- it before returning (a function-level SET clause would need superuser for a custom setting on
-- PostgreSQL 15); the application role setting it gains nothing, because the policy is not for that role,
-- and other definer functions of the owner never see across tenants by accident.
--
-- Every function has a fixed search_path (pg_catalog first, then public, no pg_temp lookups of functions),
-- checks its arguments, and is EXECUTE-able by the application role only (REVOKE from PUBLIC).
--
-- Rows of a business whose sender is blocked (push_settings.blocked_at) are "parked": still QUEUED, with
-- held_reason SENDER_BLOCKED and due_at moved 1000 years ahead, so the claim's due_at index scan never walks
-- over them again; push_dispatch_maintain() moves them back by the same 1000 years (their original due
-- time, quiet hours included) once an Admin clears the block. push_dispatch_parked lists the businesses
-- with parked rows so that check costs one row per business, not a scan of the parked rows.

CREATE POLICY push_dispatcher ON notifications TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');
CREATE POLICY push_dispatcher ON device_tokens TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');
CREATE POLICY push_dispatcher ON push_settings TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');
CREATE POLICY push_dispatcher ON push_sends TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');

-- Businesses with parked rows. Tenant-keyed, under RLS like every tenant table, and with no grant at all
-- to the application role: only the definer functions read or write it.
CREATE TABLE push_dispatch_parked (
    business_id uuid PRIMARY KEY REFERENCES businesses (id),
    parked_at   timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE push_dispatch_parked ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_dispatch_parked FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON push_dispatch_parked
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
CREATE POLICY push_dispatcher ON push_dispatch_parked TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');
REVOKE ALL ON push_dispatch_parked FROM PUBLIC;

-- Sends whose rows are all written and not all finished: what push_dispatch_maintain() checks for completion.
CREATE INDEX push_sends_open_idx ON push_sends (created_at) WHERE status = 'QUEUED';

-- Claim up to p_limit due rows across businesses: QUEUED rows with due_at <= now() (oldest first) and SENDING
-- rows whose lease ran out (their worker died), skipping rows another claimer holds (FOR UPDATE SKIP LOCKED).
-- Claimed rows become SENDING with attempts + 1 and a lease; the caller gets what the gateway needs.
-- Rows of blocked businesses are parked instead, and rows whose device token is gone or deactivated are
-- CANCELLED (TOKEN_INACTIVE): neither is returned. Each claimed row comes with where its claimed version lies
-- (part: the partition's oid, tid: its ctid), which push_dispatch_record uses to find it again without an
-- index lookup; any later change to the row (a re-claim after the lease) moves it, so a stale result finds
-- nothing. p_async_commit lets the statement's transaction commit
-- without waiting for the WAL flush (a database crash can then forget the claim: the row is simply claimed
-- again, never lost).
CREATE FUNCTION push_dispatch_claim(p_limit int, p_lease interval, p_async_commit boolean)
    RETURNS TABLE (part bigint, tid text, id uuid, created_at timestamptz, business_id uuid, customer_id uuid, send_id uuid,
                   device_token_id uuid, attempts int, token text, token_kind text, title text, body text,
                   image_url text, data jsonb)
    LANGUAGE plpgsql SECURITY DEFINER ROWS 500
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 500 THEN
        RAISE EXCEPTION 'push_dispatch_claim: limit must be 1..500, got %', p_limit USING ERRCODE = '22023';
    END IF;
    IF p_lease IS NULL OR p_lease < interval '1 second' OR p_lease > interval '1 hour' THEN
        RAISE EXCEPTION 'push_dispatch_claim: lease must be 1 s..1 h, got %', p_lease USING ERRCODE = '22023';
    END IF;
    IF p_async_commit THEN
        PERFORM set_config('synchronous_commit', 'off', true);
    END IF;
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    RETURN QUERY
    WITH expired AS (
        SELECT n.tableoid AS part, n.ctid AS tid, n.business_id, n.device_token_id FROM notifications n
         WHERE n.status = 'SENDING' AND n.lease_until < now()
         ORDER BY n.lease_until
         LIMIT p_limit
           FOR UPDATE OF n SKIP LOCKED
    ), due AS (
        SELECT n.tableoid AS part, n.ctid AS tid, n.business_id, n.device_token_id FROM notifications n
         WHERE n.status = 'QUEUED' AND n.due_at <= now()
         ORDER BY n.due_at
         LIMIT p_limit
           FOR UPDATE OF n SKIP LOCKED
    ), picked AS (
        SELECT * FROM (SELECT * FROM expired UNION ALL SELECT * FROM due) p LIMIT p_limit
    ), judged AS (
        -- Rows are found again by (partition, ctid): locked above, they cannot move before this statement
        -- ends, and a TID lookup costs less than the primary key's index.
        SELECT p.part, p.tid, d.token, d.token_kind,
               CASE WHEN s.blocked_at IS NOT NULL THEN 'PARK'
                    WHEN d.id IS NULL OR d.deactivated_at IS NOT NULL THEN 'CANCEL'
                    ELSE 'SEND' END AS verdict
          FROM picked p
          LEFT JOIN device_tokens d ON d.business_id = p.business_id AND d.id = p.device_token_id
          LEFT JOIN push_settings s ON s.business_id = p.business_id
    ), parked AS (
        UPDATE notifications n
           SET status = 'QUEUED', lease_until = NULL, held_reason = 'SENDER_BLOCKED',
               due_at = n.due_at + interval '1000 years'
          FROM judged j
         WHERE j.verdict = 'PARK' AND n.tableoid = j.part AND n.ctid = j.tid
        RETURNING n.business_id
    ), parked_businesses AS (
        INSERT INTO push_dispatch_parked (business_id)
        SELECT DISTINCT pk.business_id FROM parked pk
        ON CONFLICT (business_id) DO NOTHING
    ), cancelled AS (
        UPDATE notifications n
           SET status = 'CANCELLED', lease_until = NULL, failed_at = now(), error_code = 'TOKEN_INACTIVE',
               error_message = 'the device token was deactivated or removed before sending'
          FROM judged j
         WHERE j.verdict = 'CANCEL' AND n.tableoid = j.part AND n.ctid = j.tid
    ), claimed AS (
        UPDATE notifications n
           SET status = 'SENDING', attempts = n.attempts + 1, lease_until = now() + p_lease
          FROM judged j
         WHERE j.verdict = 'SEND' AND n.tableoid = j.part AND n.ctid = j.tid
        RETURNING n.tableoid AS part, n.ctid AS tid, n.id, n.created_at, n.business_id, n.customer_id, n.send_id,
                  n.device_token_id, n.attempts, j.token, j.token_kind, n.title, n.body, n.image_url, n.data, n.due_at
    )
    SELECT c.part::bigint, c.tid::text, c.id, c.created_at, c.business_id, c.customer_id, c.send_id,
           c.device_token_id, c.attempts, c.token, c.token_kind, c.title, c.body, c.image_url, c.data
      FROM claimed c
     ORDER BY c.due_at;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

-- Record a batch's results, one set-based statement for the whole batch (arrays, one element per row).
-- p_outcomes: SENT (provider id, sent_at), RETRY (back to QUEUED, due after p_retry_ms), FAILED, TOKEN_INVALID
-- (FAILED, the device token deactivated with the error code as reason, the device's other QUEUED rows
-- CANCELLED), SENDER_BLOCKED (the business's push_settings.blocked_at/reason set, the row back to QUEUED and
-- parked). Rows are found by the (partition, ctid) the claim returned, and recorded only if that version is
-- still SENDING with the id and attempt number claimed: a worker whose lease ran out and whose rows were
-- claimed again cannot overwrite the newer attempt (stale).
CREATE FUNCTION push_dispatch_record(p_parts bigint[], p_tids text[], p_ids uuid[], p_attempts int[], p_outcomes text[],
                                     p_provider_ids text[], p_error_codes text[], p_error_messages text[],
                                     p_retry_ms bigint[], p_async_commit boolean)
    RETURNS TABLE (recorded int, stale int, tokens_deactivated int, rows_cancelled int, businesses_blocked int)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
DECLARE
    n_rows int := coalesce(cardinality(p_ids), 0);
BEGIN
    IF n_rows > 500 OR coalesce(cardinality(p_parts), 0) <> n_rows OR coalesce(cardinality(p_tids), 0) <> n_rows
       OR coalesce(cardinality(p_attempts), 0) <> n_rows
       OR coalesce(cardinality(p_outcomes), 0) <> n_rows OR coalesce(cardinality(p_provider_ids), 0) <> n_rows
       OR coalesce(cardinality(p_error_codes), 0) <> n_rows OR coalesce(cardinality(p_error_messages), 0) <> n_rows
       OR coalesce(cardinality(p_retry_ms), 0) <> n_rows THEN
        RAISE EXCEPTION 'push_dispatch_record: at most 500 rows and arrays of one length' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_outcomes) o
                WHERE o IS NULL OR o NOT IN ('SENT', 'RETRY', 'FAILED', 'TOKEN_INVALID', 'SENDER_BLOCKED')) THEN
        RAISE EXCEPTION 'push_dispatch_record: unknown outcome' USING ERRCODE = '22023';
    END IF;
    IF p_async_commit THEN
        PERFORM set_config('synchronous_commit', 'off', true);
    END IF;
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    RETURN QUERY
    WITH input AS (
        SELECT u.part::oid AS part, u.tid::tid AS tid, u.id, u.attempts, u.outcome, u.provider_id,
               left(u.error_code, 100) AS error_code, left(u.error_message, 1000) AS error_message,
               greatest(coalesce(u.retry_ms, 0), 0) AS retry_ms
          FROM unnest(p_parts, p_tids, p_ids, p_attempts, p_outcomes, p_provider_ids, p_error_codes, p_error_messages,
                      p_retry_ms) AS u(part, tid, id, attempts, outcome, provider_id, error_code, error_message,
                                       retry_ms)
    ), updated AS (
        UPDATE notifications n
           SET status = CASE u.outcome WHEN 'SENT' THEN 'SENT' WHEN 'RETRY' THEN 'QUEUED'
                                       WHEN 'SENDER_BLOCKED' THEN 'QUEUED' ELSE 'FAILED' END,
               lease_until = NULL,
               provider_message_id = CASE WHEN u.outcome = 'SENT' THEN u.provider_id ELSE n.provider_message_id END,
               sent_at = CASE WHEN u.outcome = 'SENT' THEN now() ELSE n.sent_at END,
               failed_at = CASE WHEN u.outcome IN ('FAILED', 'TOKEN_INVALID') THEN now() ELSE n.failed_at END,
               due_at = CASE u.outcome WHEN 'RETRY' THEN now() + u.retry_ms * interval '1 millisecond'
                                       WHEN 'SENDER_BLOCKED' THEN n.due_at + interval '1000 years'
                                       ELSE n.due_at END,
               held_reason = CASE WHEN u.outcome = 'SENDER_BLOCKED' THEN 'SENDER_BLOCKED' ELSE n.held_reason END,
               -- A message sent after retries keeps the last error it met, for the delivery log.
               error_code = CASE WHEN u.outcome = 'SENT' THEN n.error_code ELSE u.error_code END,
               error_message = CASE WHEN u.outcome = 'SENT' THEN n.error_message ELSE u.error_message END
          FROM input u
         WHERE n.tableoid = u.part AND n.ctid = u.tid AND n.id = u.id AND n.status = 'SENDING'
           AND n.attempts = u.attempts
        RETURNING n.business_id, n.customer_id, n.device_token_id, u.outcome, u.error_code, u.error_message
    ), dead_devices AS (
        SELECT DISTINCT ON (x.business_id, x.device_token_id) x.business_id, x.customer_id, x.device_token_id,
               x.error_code
          FROM updated x WHERE x.outcome = 'TOKEN_INVALID'
    ), deactivated AS (
        UPDATE device_tokens d
           SET deactivated_at = now(), deactivation_reason = coalesce(x.error_code, 'TOKEN_INVALID')
          FROM dead_devices x
         WHERE d.business_id = x.business_id AND d.id = x.device_token_id AND d.deactivated_at IS NULL
        RETURNING d.id
    ), cancelled AS (
        -- The device's other rows still waiting (rows of this batch were SENDING in this snapshot, so the
        -- two updates never touch the same row). Found through (business_id, customer_id): a customer has few.
        UPDATE notifications n
           SET status = 'CANCELLED', failed_at = now(), error_code = 'TOKEN_INVALID',
               error_message = 'the device token was rejected by the provider (' || coalesce(x.error_code, '?') || ')'
          FROM dead_devices x
         WHERE n.business_id = x.business_id AND n.customer_id = x.customer_id
           AND n.device_token_id = x.device_token_id AND n.status = 'QUEUED'
        RETURNING n.id
    ), blockers AS (
        SELECT DISTINCT ON (x.business_id) x.business_id,
               left(coalesce(x.error_code, 'SENDER_BLOCKED') || ': ' || coalesce(x.error_message, ''), 500) AS reason
          FROM updated x WHERE x.outcome = 'SENDER_BLOCKED'
    ), blocked AS (
        INSERT INTO push_settings AS s (business_id, blocked_at, blocked_reason, updated_at)
        SELECT b.business_id, now(), b.reason, now() FROM blockers b
        ON CONFLICT (business_id) DO UPDATE
           SET blocked_at = now(), blocked_reason = EXCLUDED.blocked_reason, updated_at = now()
         WHERE s.blocked_at IS NULL
        RETURNING s.business_id
    ), parked_businesses AS (
        INSERT INTO push_dispatch_parked (business_id)
        SELECT b.business_id FROM blockers b
        ON CONFLICT (business_id) DO NOTHING
    )
    SELECT (SELECT count(*) FROM updated)::int,
           n_rows - (SELECT count(*) FROM updated)::int,
           (SELECT count(*) FROM deactivated)::int,
           (SELECT count(*) FROM cancelled)::int,
           (SELECT count(*) FROM blocked)::int;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

-- Give back claimed rows that were never handed to the provider (a worker shutting down with a prefetched
-- batch): QUEUED again, the attempt not counted.
CREATE FUNCTION push_dispatch_release(p_ids uuid[], p_created timestamptz[], p_attempts int[])
    RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
DECLARE
    released int;
BEGIN
    IF coalesce(cardinality(p_ids), 0) > 500 OR coalesce(cardinality(p_created), 0) <> coalesce(cardinality(p_ids), 0)
       OR coalesce(cardinality(p_attempts), 0) <> coalesce(cardinality(p_ids), 0) THEN
        RAISE EXCEPTION 'push_dispatch_release: at most 500 rows and arrays of one length' USING ERRCODE = '22023';
    END IF;
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    UPDATE notifications n
       SET status = 'QUEUED', lease_until = NULL, attempts = n.attempts - 1
      FROM unnest(p_ids, p_created, p_attempts) AS u(id, created_at, attempts)
     WHERE n.id = u.id AND n.created_at = u.created_at AND n.status = 'SENDING' AND n.attempts = u.attempts;
    GET DIAGNOSTICS released = ROW_COUNT;
    PERFORM set_config('app.cross_tenant', '', true);
    RETURN released;
END $$;

-- Housekeeping, run every few seconds: sends whose rows are all written (QUEUED) and none of which is still
-- QUEUED or SENDING become DONE (completed_at); rows of businesses whose block an Admin cleared are unparked
-- (at most p_unpark_limit per call, oldest block first).
CREATE FUNCTION push_dispatch_maintain(p_unpark_limit int)
    RETURNS TABLE (sends_completed int, rows_unparked int)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
DECLARE
    completed int;
    moved int;
    unparked int := 0;
    freed uuid;
BEGIN
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    UPDATE push_sends s
       SET status = 'DONE', completed_at = now()
     WHERE s.status = 'QUEUED'
       AND NOT EXISTS (SELECT 1 FROM notifications n
                        WHERE n.business_id = s.business_id AND n.send_id = s.id AND n.status IN ('QUEUED', 'SENDING'));
    GET DIAGNOSTICS completed = ROW_COUNT;

    FOR freed IN
        SELECT p.business_id FROM push_dispatch_parked p
         WHERE NOT EXISTS (SELECT 1 FROM push_settings s WHERE s.business_id = p.business_id AND s.blocked_at IS NOT NULL)
         ORDER BY p.parked_at
    LOOP
        EXIT WHEN unparked >= p_unpark_limit;
        WITH batch AS (
            SELECT n.id, n.created_at FROM notifications n
             WHERE n.business_id = freed AND n.status = 'QUEUED' AND n.held_reason = 'SENDER_BLOCKED'
             LIMIT greatest(p_unpark_limit - unparked, 0)
               FOR UPDATE OF n SKIP LOCKED
        )
        UPDATE notifications n
           SET due_at = n.due_at - interval '1000 years', held_reason = NULL
          FROM batch b WHERE n.id = b.id AND n.created_at = b.created_at;
        GET DIAGNOSTICS moved = ROW_COUNT;
        unparked := unparked + moved;
        IF NOT EXISTS (SELECT 1 FROM notifications n
                        WHERE n.business_id = freed AND n.status = 'QUEUED' AND n.held_reason = 'SENDER_BLOCKED') THEN
            DELETE FROM push_dispatch_parked p WHERE p.business_id = freed;
        END IF;
    END LOOP;
    PERFORM set_config('app.cross_tenant', '', true);
    RETURN QUERY SELECT completed, unparked;
END $$;

-- The queue gauges (push_queue_depth, push_oldest_queued_age_seconds): due QUEUED rows and how long the
-- oldest of them has waited, plus SENDING and held-back (future due_at) rows. Called by the dispatcher on a
-- timer, never by a scrape. The due count stops at p_count_cap so a huge backlog costs a bounded scan.
CREATE FUNCTION push_dispatch_queue_stats(p_count_cap int)
    RETURNS TABLE (due int, sending int, oldest_due_age_seconds double precision)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
BEGIN
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    RETURN QUERY
    SELECT (SELECT count(*) FROM (SELECT 1 FROM notifications n
                                   WHERE n.status = 'QUEUED' AND n.due_at <= now() LIMIT p_count_cap) q)::int,
           (SELECT count(*) FROM (SELECT 1 FROM notifications n
                                   WHERE n.status = 'SENDING' LIMIT p_count_cap) q)::int,
           coalesce(extract(epoch FROM now() - (SELECT min(n.due_at) FROM notifications n
                                                  WHERE n.status = 'QUEUED' AND n.due_at <= now())), 0)::double precision;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

REVOKE ALL ON FUNCTION push_dispatch_claim(int, interval, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_record(bigint[], text[], uuid[], int[], text[], text[], text[], text[], bigint[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_release(uuid[], timestamptz[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_maintain(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_queue_stats(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION push_dispatch_claim(int, interval, boolean) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_record(bigint[], text[], uuid[], int[], text[], text[], text[], text[], bigint[], boolean) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_release(uuid[], timestamptz[], int[]) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_maintain(int) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_queue_stats(int) TO ${appRole};
