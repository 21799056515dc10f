-- push_dispatch_maintain (V20261130000100) checks whether a send still has queue rows from the high end of
-- its ids: unchanged otherwise. Why: see the comment on the check.

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
    -- Looked for from the send's highest notification id down: claims take a send's rows in id order
    -- (same due time), so its lowest ids are the index entries of rows already sent, dead until VACUUM
    -- and walked one by one from the low end (~70,000 buffers a pass during a 300,000-message fan-out).
    UPDATE push_sends s
       SET status = 'DONE', completed_at = now()
     WHERE s.status = 'QUEUED'
       AND (SELECT q.notification_id FROM push_queue q WHERE q.send_id = s.id
             ORDER BY q.send_id DESC, q.notification_id DESC LIMIT 1) IS NULL;
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
