-- The dispatcher's functions (V20261129070100) rewritten for push_queue (V20261130000000): the claim finds
-- due rows in the queue and leases them there, and both the claim and the record change notifications
-- only in columns no index holds, so those updates are HOT. Same rules as before: SECURITY DEFINER as the
-- owner, cross-tenant only through the push_dispatcher policies while app.cross_tenant is 'push-dispatch',
-- a fixed search_path, EXECUTE for the application role only.
--
-- A claimed row is found again in two ways: the notification by (id, created_at), still SENDING with the
-- attempt number the claim set (the index lookup also lets PostgreSQL prune the page's dead versions, which
-- keeps room for the next HOT update); its queue row by the ctid of the version the claim wrote. If the lease
-- ran out and another worker claimed the row, both have changed and a late result finds nothing. Every join
-- to a big table here is by primary key or ctid from the side of the batch's 500 rows (see the planner
-- settings on each function).

DROP FUNCTION push_dispatch_claim(int, interval, boolean);
DROP FUNCTION push_dispatch_record(bigint[], text[], uuid[], int[], text[], text[], text[], text[], bigint[], boolean);
DROP FUNCTION push_dispatch_release(uuid[], timestamptz[], int[]);
DROP FUNCTION push_dispatch_queue_stats(int);

-- Claim up to p_limit due queue rows (oldest first; rows whose lease ran out are due again), skipping rows
-- another claimer holds. Their notifications become SENDING with attempts + 1 and a lease, and the queue
-- rows are due again at the end of the lease. Rows of blocked businesses are parked (the queue row 1000
-- years ahead), rows whose device token is gone or deactivated are CANCELLED (TOKEN_INACTIVE), and queue
-- rows whose notification is no longer waiting (cancelled meanwhile) are dropped: none is returned.
-- p_async_commit lets the transaction commit without waiting for the WAL flush (a database crash can then
-- forget the claim: the row is claimed again, never lost).
CREATE FUNCTION push_dispatch_claim(p_limit int, p_lease interval, p_async_commit boolean)
    RETURNS TABLE (queue_tid text, id uuid, created_at timestamptz, business_id uuid, customer_id uuid, send_id uuid,
                   device_token_id uuid, attempts int, token text, token_kind text, title text, body text,
                   image_url text, data jsonb)
    LANGUAGE plpgsql SECURITY DEFINER ROWS 500
    SET search_path = pg_catalog, public
    -- The due rows must be read in the queue index's order, LIMIT at a time, and every other access is by
    -- primary key or ctid. The planner does not always see it: the row-level security filter (a stable OR it
    -- cannot evaluate) makes it guess that few rows pass, so it prefers a bitmap scan of every due row plus a
    -- sort (170 ms instead of 20 ms per claim of 500 from a 300,000-row queue); and the plan is cached, so
    -- one made while the queue was empty (statistics of an empty table: a scan looks free) would be used on
    -- a million rows (seen: 40 s per record of 500, the queue scanned once per row).
    SET enable_bitmapscan = off
    SET enable_seqscan = off
    SET enable_hashjoin = off
    SET enable_mergejoin = off
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
    WITH picked AS (
        SELECT q.ctid AS qtid, q.due_at, q.notification_id, q.created_at, q.business_id FROM push_queue q
         WHERE q.due_at <= now()
         ORDER BY q.due_at
         LIMIT p_limit
           FOR UPDATE OF q SKIP LOCKED
    ), judged AS (
        SELECT p.qtid, p.due_at, p.notification_id, p.created_at, n.tableoid AS part, n.ctid AS tid,
               d.token, d.token_kind,
               CASE WHEN n.id IS NULL OR n.status NOT IN ('QUEUED', 'SENDING') THEN 'DROP'
                    WHEN s.blocked_at IS NOT NULL THEN 'PARK'
                    WHEN d.id IS NULL OR d.deactivated_at IS NOT NULL THEN 'CANCEL'
                    ELSE 'SEND' END AS verdict
          FROM picked p
          LEFT JOIN notifications n ON n.id = p.notification_id AND n.created_at = p.created_at
          LEFT JOIN device_tokens d ON d.business_id = n.business_id AND d.id = n.device_token_id
          LEFT JOIN push_settings s ON s.business_id = p.business_id
    ), locked AS (
        -- The notifications are locked the way the queue rows were, skipping any another transaction holds
        -- (a cancellation in progress): the claim never waits on a notification, so it cannot deadlock with
        -- a writer that takes notifications first. A skipped row keeps its queue row, due as it was. Found
        -- by the (partition, ctid) just read, a version changed since no longer matches and is skipped too.
        SELECT j.* FROM judged j
          JOIN notifications n ON n.tableoid = j.part AND n.ctid = j.tid
         WHERE j.verdict <> 'DROP'
           FOR UPDATE OF n SKIP LOCKED
    ), dequeued AS (
        DELETE FROM push_queue q
         WHERE q.ctid IN (SELECT j.qtid FROM judged j WHERE j.verdict = 'DROP'
                          UNION ALL SELECT l.qtid FROM locked l WHERE l.verdict = 'CANCEL')
    ), parked_queue AS (
        UPDATE push_queue q SET due_at = q.due_at + interval '1000 years'
          FROM locked l WHERE l.verdict = 'PARK' AND q.ctid = l.qtid
    ), parked AS (
        UPDATE notifications n
           SET status = 'QUEUED', lease_until = NULL, held_reason = 'SENDER_BLOCKED'
          FROM locked l
         WHERE l.verdict = 'PARK' AND n.tableoid = l.part AND n.ctid = l.tid
        RETURNING n.business_id
    ), parked_businesses AS (
        INSERT INTO push_dispatch_parked (business_id)
        SELECT DISTINCT pk.business_id FROM parked pk
        ON CONFLICT (business_id) DO NOTHING
    ), cancelled AS (
        UPDATE notifications n
           SET status = 'CANCELLED', lease_until = NULL, failed_at = now(), error_code = 'TOKEN_INACTIVE',
               error_message = 'the device token was deactivated or removed before sending'
          FROM locked l
         WHERE l.verdict = 'CANCEL' AND n.tableoid = l.part AND n.ctid = l.tid
    ), leased AS (
        -- Returns the new version's ctid with the rest of the row's claim, so the notification's update below
        -- reads it from here (a join of two CTEs would be a nested loop of 500 × 500).
        UPDATE push_queue q SET due_at = now() + p_lease
          FROM locked l WHERE l.verdict = 'SEND' AND q.ctid = l.qtid
        RETURNING q.ctid AS new_qtid, l.part, l.tid, l.token, l.token_kind, l.due_at
    ), claimed AS (
        UPDATE notifications n
           SET status = 'SENDING', attempts = n.attempts + 1, lease_until = now() + p_lease
          FROM leased l
         WHERE n.tableoid = l.part AND n.ctid = l.tid
        RETURNING l.new_qtid, n.id, n.created_at, n.business_id, n.customer_id, n.send_id, n.device_token_id,
                  n.attempts, l.token, l.token_kind, n.title, n.body, n.image_url, n.data, l.due_at
    )
    SELECT c.new_qtid::text, c.id, c.created_at, c.business_id, c.customer_id, c.send_id, c.device_token_id,
           c.attempts, c.token, c.token_kind, c.title, c.body, c.image_url, c.data
      FROM claimed c
     ORDER BY c.due_at;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

-- Record a batch's results, one set-based statement for the whole batch (arrays, one element per row).
-- p_outcomes: SENT (provider id, sent_at), RETRY (back to QUEUED, due after p_retry_ms), FAILED, TOKEN_INVALID
-- (FAILED, the device token deactivated with the error code as reason, the device's other QUEUED rows
-- CANCELLED), SENDER_BLOCKED (the business's push_settings.blocked_at/reason set, the row back to QUEUED and
-- parked). A notification is recorded only if it is still SENDING with the attempt number claimed: a worker
-- whose lease ran out and whose rows were claimed again cannot overwrite the newer attempt (stale). Finished
-- rows leave the queue; retried and parked rows stay on it with their new due time.
CREATE FUNCTION push_dispatch_record(p_queue_tids text[], p_ids uuid[], p_created timestamptz[], p_attempts int[],
                                     p_outcomes text[], p_provider_ids text[], p_error_codes text[],
                                     p_error_messages text[], p_retry_ms bigint[], p_async_commit boolean)
    RETURNS TABLE (recorded int, stale int, tokens_deactivated int, rows_cancelled int, businesses_blocked int)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    -- Big tables are reached by primary key or ctid, whatever the statistics say (see push_dispatch_claim).
    SET enable_seqscan = off
    SET enable_bitmapscan = off
    SET enable_hashjoin = off
    SET enable_mergejoin = off
AS $$
#variable_conflict use_column
DECLARE
    n_rows int := coalesce(cardinality(p_ids), 0);
BEGIN
    IF n_rows > 500 OR coalesce(cardinality(p_queue_tids), 0) <> n_rows OR coalesce(cardinality(p_created), 0) <> n_rows
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
        SELECT u.qtid::tid AS qtid, u.id, u.created_at, u.attempts, u.outcome, u.provider_id,
               left(u.error_code, 100) AS error_code, left(u.error_message, 1000) AS error_message,
               greatest(coalesce(u.retry_ms, 0), 0) AS retry_ms
          FROM unnest(p_queue_tids, p_ids, p_created, p_attempts, p_outcomes, p_provider_ids, p_error_codes,
                      p_error_messages, p_retry_ms)
                   AS u(qtid, id, created_at, attempts, outcome, provider_id, error_code, error_message, retry_ms)
    ), updated AS (
        UPDATE notifications n
           SET status = CASE u.outcome WHEN 'SENT' THEN 'SENT' WHEN 'RETRY' THEN 'QUEUED'
                                       WHEN 'SENDER_BLOCKED' THEN 'QUEUED' ELSE 'FAILED' END,
               lease_until = NULL,
               provider_message_id = CASE WHEN u.outcome = 'SENT' THEN u.provider_id ELSE n.provider_message_id END,
               sent_at = CASE WHEN u.outcome = 'SENT' THEN now() ELSE n.sent_at END,
               failed_at = CASE WHEN u.outcome IN ('FAILED', 'TOKEN_INVALID') THEN now() ELSE n.failed_at END,
               due_at = CASE WHEN u.outcome = 'RETRY' THEN now() + u.retry_ms * interval '1 millisecond'
                             ELSE n.due_at END,
               held_reason = CASE WHEN u.outcome = 'SENDER_BLOCKED' THEN 'SENDER_BLOCKED' ELSE n.held_reason END,
               -- A message sent after retries keeps the last error it met, for the delivery log.
               error_code = CASE WHEN u.outcome = 'SENT' THEN n.error_code ELSE u.error_code END,
               error_message = CASE WHEN u.outcome = 'SENT' THEN n.error_message ELSE u.error_message END
          FROM input u
         WHERE n.id = u.id AND n.created_at = u.created_at AND n.status = 'SENDING' AND n.attempts = u.attempts
        RETURNING n.id, n.business_id, n.customer_id, n.send_id, n.device_token_id, n.due_at, u.qtid,
                  u.outcome, u.error_code, u.error_message
    ), dequeued AS (
        DELETE FROM push_queue q USING updated x
         WHERE x.outcome IN ('SENT', 'FAILED', 'TOKEN_INVALID') AND q.ctid = x.qtid AND q.notification_id = x.id
    ), requeued AS (
        UPDATE push_queue q
           SET due_at = CASE WHEN x.outcome = 'SENDER_BLOCKED' THEN x.due_at + interval '1000 years' ELSE x.due_at END
          FROM updated x
         WHERE x.outcome IN ('RETRY', 'SENDER_BLOCKED') AND q.ctid = x.qtid AND q.notification_id = x.id
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
        RETURNING n.id, n.send_id
    ), cancelled_dequeued AS (
        -- (A row without a send keeps its queue row until a claim reaches and drops it.)
        DELETE FROM push_queue q USING cancelled c WHERE q.send_id = c.send_id AND q.notification_id = c.id
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
-- batch): QUEUED again, the attempt not counted, due again at once on the queue.
CREATE FUNCTION push_dispatch_release(p_queue_tids text[], p_ids uuid[], p_created timestamptz[], p_attempts int[])
    RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    -- Big tables are reached by primary key or ctid, whatever the statistics say (see push_dispatch_claim).
    SET enable_seqscan = off
    SET enable_bitmapscan = off
    SET enable_hashjoin = off
    SET enable_mergejoin = off
AS $$
#variable_conflict use_column
DECLARE
    released int;
BEGIN
    IF coalesce(cardinality(p_ids), 0) > 500 OR coalesce(cardinality(p_created), 0) <> coalesce(cardinality(p_ids), 0)
       OR coalesce(cardinality(p_queue_tids), 0) <> coalesce(cardinality(p_ids), 0)
       OR coalesce(cardinality(p_attempts), 0) <> coalesce(cardinality(p_ids), 0) THEN
        RAISE EXCEPTION 'push_dispatch_release: at most 500 rows and arrays of one length' USING ERRCODE = '22023';
    END IF;
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    WITH input AS (
        SELECT u.qtid::tid AS qtid, u.id, u.created_at, u.attempts
          FROM unnest(p_queue_tids, p_ids, p_created, p_attempts) AS u(qtid, id, created_at, attempts)
    ), returned AS (
        UPDATE notifications n
           SET status = 'QUEUED', lease_until = NULL, attempts = n.attempts - 1
          FROM input u
         WHERE n.id = u.id AND n.created_at = u.created_at AND n.status = 'SENDING' AND n.attempts = u.attempts
        RETURNING n.id, n.due_at, u.qtid
    ), requeued AS (
        UPDATE push_queue q SET due_at = r.due_at
          FROM returned r WHERE q.ctid = r.qtid AND q.notification_id = r.id
    )
    SELECT count(*) INTO released FROM returned;
    PERFORM set_config('app.cross_tenant', '', true);
    RETURN released;
END $$;

-- Housekeeping, run every few seconds: sends whose rows are all written (QUEUED) and none of which is still
-- on the queue become DONE (completed_at); rows of businesses whose block an Admin cleared are unparked
-- (at most p_unpark_limit per call, oldest block first).
CREATE OR REPLACE FUNCTION push_dispatch_maintain(p_unpark_limit int)
    RETURNS TABLE (sends_completed int, rows_unparked int)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    -- Big tables are reached by primary key or ctid, whatever the statistics say (see push_dispatch_claim).
    SET enable_seqscan = off
    SET enable_bitmapscan = off
    SET enable_hashjoin = off
    SET enable_mergejoin = off
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
       AND NOT EXISTS (SELECT 1 FROM push_queue q WHERE q.send_id = s.id);
    GET DIAGNOSTICS completed = ROW_COUNT;

    FOR freed IN
        SELECT p.business_id FROM push_dispatch_parked p
         WHERE NOT EXISTS (SELECT 1 FROM push_settings s WHERE s.business_id = p.business_id AND s.blocked_at IS NOT NULL)
         ORDER BY p.parked_at
    LOOP
        EXIT WHEN unparked >= p_unpark_limit;
        -- Parked rows sit at the far end of the queue's due order. Rows another transaction holds (queue row
        -- or notification) are skipped, never waited for: the next pass takes them.
        WITH batch AS (
            SELECT q.ctid AS qtid, n.tableoid AS part, n.ctid AS tid FROM push_queue q
              JOIN notifications n ON n.id = q.notification_id AND n.created_at = q.created_at
             WHERE q.due_at >= now() + interval '500 years' AND q.business_id = freed
             LIMIT greatest(p_unpark_limit - unparked, 0)
               FOR UPDATE OF q, n SKIP LOCKED
        ), released AS (
            UPDATE notifications n SET held_reason = NULL
              FROM batch b
             WHERE n.tableoid = b.part AND n.ctid = b.tid AND n.held_reason = 'SENDER_BLOCKED'
        )
        UPDATE push_queue q SET due_at = q.due_at - interval '1000 years'
          FROM batch b WHERE q.ctid = b.qtid;
        GET DIAGNOSTICS moved = ROW_COUNT;
        unparked := unparked + moved;
        IF NOT EXISTS (SELECT 1 FROM push_queue q
                        WHERE q.due_at >= now() + interval '500 years' AND q.business_id = freed) THEN
            DELETE FROM push_dispatch_parked p WHERE p.business_id = freed;
        END IF;
    END LOOP;
    PERFORM set_config('app.cross_tenant', '', true);
    RETURN QUERY SELECT completed, unparked;
END $$;

-- The queue gauges (push_queue_depth, push_oldest_queued_age_seconds): queue rows due now (QUEUED rows, and
-- SENDING rows whose lease ran out) and how long the oldest of them has waited. Called by the dispatcher on a
-- timer, never by a scrape. The count stops at p_count_cap so a huge backlog costs a bounded scan. (Rows in
-- flight are counted by each dispatcher itself: push_sending.)
CREATE FUNCTION push_dispatch_queue_stats(p_count_cap int)
    RETURNS TABLE (due int, oldest_due_age_seconds double precision)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
BEGIN
    PERFORM set_config('app.cross_tenant', 'push-dispatch', true);
    RETURN QUERY
    SELECT (SELECT count(*) FROM (SELECT 1 FROM push_queue q WHERE q.due_at <= now() LIMIT p_count_cap) c)::int,
           coalesce(extract(epoch FROM now() - (SELECT min(q.due_at) FROM push_queue q WHERE q.due_at <= now())), 0)
               ::double precision;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

REVOKE ALL ON FUNCTION push_dispatch_claim(int, interval, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_record(text[], uuid[], timestamptz[], int[], text[], text[], text[], text[], bigint[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_release(text[], uuid[], timestamptz[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION push_dispatch_queue_stats(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION push_dispatch_claim(int, interval, boolean) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_record(text[], uuid[], timestamptz[], int[], text[], text[], text[], text[], bigint[], boolean) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_release(text[], uuid[], timestamptz[], int[]) TO ${appRole};
GRANT EXECUTE ON FUNCTION push_dispatch_queue_stats(int) TO ${appRole};
