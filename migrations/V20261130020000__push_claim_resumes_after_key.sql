-- The claim can resume after a queue key (V20261130000100 claimed from the head of the queue every time).
--
-- Why: rows leave the head of push_queue (a claim moves a row's due_at to the end of its lease, a record
-- deletes it), and their index entries stay there, dead, until VACUUM, and longer while any snapshot could
-- still see them (a long report or export on the same database). Every claim from the head walked them all:
-- 88 shared buffers per claimed row in a 300,000-message fan-out, against about 23 for a lone claim of 500
-- (docs/benchmarks.md). A dispatcher instance now claims one batch at a time and passes the key (due_at,
-- notification_id) of the last row of its previous full batch; the index scan starts right after it. Rows
-- before that key that are due (a fan-out that committed late with an earlier due_at, rows released or
-- unparked) are found by the claims that still start from the head: after any short batch and at least
-- every second (QueueClaimer). NULLs claim from the head, as before.
--
-- Also returns queue_due_at, the claimed row's key in the queue, and orders the rows by the full key, so the
-- last row of a batch is the key to resume after.

DROP FUNCTION push_dispatch_claim(int, interval, boolean);

-- Claim up to p_limit due queue rows (oldest first; rows whose lease ran out are due again), skipping rows
-- another claimer holds. Their notifications become SENDING with attempts + 1 and a lease, and the queue
-- rows are due again at the end of the lease. Rows of blocked businesses are parked (the queue row 1000
-- years ahead), rows whose device token is gone or deactivated are CANCELLED (TOKEN_INACTIVE), and queue
-- rows whose notification is no longer waiting (cancelled meanwhile) are dropped: none is returned.
-- p_async_commit lets the transaction commit without waiting for the WAL flush (a database crash can then
-- forget the claim: the row is claimed again, never lost).
CREATE FUNCTION push_dispatch_claim(p_limit int, p_lease interval, p_async_commit boolean,
                                    p_after_due timestamptz, p_after_id uuid)
    RETURNS TABLE (queue_tid text, queue_due_at timestamptz, id uuid, created_at timestamptz, business_id uuid,
                   customer_id uuid, send_id uuid, device_token_id uuid, attempts int, token text, token_kind text,
                   title text, body text, image_url text, data jsonb)
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
DECLARE
    -- The resume key as plain variables: the scan can start at it only if the comparison is an index
    -- condition, and under row-level security a qual holding COALESCE counts as leaky (it is not on the
    -- planner's list of safe expressions), so in the generic plan PL/pgSQL switches to after a few calls it
    -- became a filter after the policy: every claim walked the queue from its head again.
    after_due timestamptz := coalesce(p_after_due, '-infinity');
    after_id uuid := coalesce(p_after_id, '00000000-0000-0000-0000-000000000000');
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
           AND (q.due_at, q.notification_id) > (after_due, after_id)
         ORDER BY q.due_at, q.notification_id
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
    SELECT c.new_qtid::text, c.due_at, c.id, c.created_at, c.business_id, c.customer_id, c.send_id, c.device_token_id,
           c.attempts, c.token, c.token_kind, c.title, c.body, c.image_url, c.data
      FROM claimed c
     ORDER BY c.due_at, c.id;
    PERFORM set_config('app.cross_tenant', '', true);
END $$;

REVOKE ALL ON FUNCTION push_dispatch_claim(int, interval, boolean, timestamptz, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION push_dispatch_claim(int, interval, boolean, timestamptz, uuid) TO ${appRole};
