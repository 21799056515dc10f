-- The dispatcher's work queue, kept apart from the outbox rows (issue 5: fan-out of ≥ 10,000 messages/s).
--
-- Until now the dispatcher found its work through partial indexes on notifications (due_at WHERE QUEUED,
-- lease_until WHERE SENDING) and (business_id, send_id, status). So every status change (QUEUED → SENDING →
-- SENT) wrote a new version of the row into every one of the table's 8 indexes: about 13 index entries per
-- message, most of PostgreSQL's ~115 µs of CPU per message in bench/push-fanout.
--
-- Now push_queue holds one narrow row per notification that is QUEUED or SENDING, keyed by when the
-- dispatcher may take it (the notification's due time; while SENDING, the end of the lease; while parked,
-- 1000 years later). notifications keeps the truth (status, attempts, lease_until, due_at as shown to the
-- business) but no index on any column the dispatcher changes, so its claim and record updates are HOT:
-- the new version goes on the same page and no index is touched. That needs room on the page: each
-- partition is created with fillfactor 50, because a claim updates whole pages of rows at once (rows
-- written together are claimed together) and the dead versions are only pruned when the page is next
-- read. The heap of notifications is about twice as big for it; the indexes are unchanged (measured:
-- claim + record 85 µs of backend CPU per row before, 26 µs with the queue at fillfactor 50, 78 µs with
-- the queue at fillfactor 100 — docs/benchmarks.md).
--
-- A queue row is a pointer, the notification row is the truth: a claim that finds its notification no
-- longer QUEUED or SENDING (cancelled meanwhile) drops the queue row instead of sending.

CREATE TABLE push_queue (
    -- When the dispatcher may take the notification next (see above). Leading the primary key, it is the
    -- claim's index: due rows, oldest first.
    due_at          timestamptz NOT NULL,
    notification_id uuid        NOT NULL,
    -- The notification's partition key: with notification_id, its primary key.
    created_at      timestamptz NOT NULL,
    business_id     uuid        NOT NULL,
    send_id         uuid,
    PRIMARY KEY (due_at, notification_id)
);
-- A send's rows still to do (completion, cancellation), and one notification's row (cancelled by a
-- rejected token) through (send_id, notification_id).
CREATE INDEX push_queue_send_idx ON push_queue (send_id, notification_id);
-- A queue table: every row is inserted, updated (leased) and deleted within minutes, leaving dead entries
-- at the head of the due index that each claim would walk over until a vacuum removes them. So autovacuum
-- visits it after every 10,000 dead rows, whatever its size, and without cost-based sleeps.
ALTER TABLE push_queue SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
                            autovacuum_vacuum_cost_delay = 0);

ALTER TABLE push_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_queue FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON push_queue
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
-- The dispatcher's definer functions, as for the other push tables (V20261129070100).
CREATE POLICY push_dispatcher ON push_queue TO CURRENT_USER
    USING (current_setting('app.cross_tenant', true) = 'push-dispatch')
    WITH CHECK (current_setting('app.cross_tenant', true) = 'push-dispatch');
REVOKE ALL ON push_queue FROM PUBLIC;
-- INSERT: through the trigger below, as the inserting role; DELETE: a cancelled send's rows.
GRANT SELECT, INSERT, DELETE ON push_queue TO ${appRole};

-- Every QUEUED notification is on the queue, however it was written (fan-out, GeoPush, campaigns, a test
-- or a bench planting rows): one INSERT per statement, from the statement's new rows.
CREATE FUNCTION push_queue_enqueue() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    INSERT INTO push_queue (due_at, notification_id, created_at, business_id, send_id)
    SELECT n.due_at, n.id, n.created_at, n.business_id, n.send_id FROM new_notifications n WHERE n.status = 'QUEUED';
    RETURN NULL;
END $$;
CREATE TRIGGER notifications_enqueue AFTER INSERT ON notifications
    REFERENCING NEW TABLE AS new_notifications
    FOR EACH STATEMENT EXECUTE FUNCTION push_queue_enqueue();

-- The rows waiting today (as the owner, FORCEd row-level security lets the backfill see across tenants
-- only through the dispatcher's policy). Parked rows (a blocked sender) had due_at moved 1000 years ahead on the
-- notification itself; now the queue carries that and the notification keeps its real due time.
SELECT set_config('app.cross_tenant', 'push-dispatch', true);
UPDATE notifications SET due_at = due_at - interval '1000 years'
 WHERE status = 'QUEUED' AND held_reason = 'SENDER_BLOCKED' AND due_at > now() + interval '500 years';
INSERT INTO push_queue (due_at, notification_id, created_at, business_id, send_id)
SELECT CASE WHEN n.status = 'SENDING' THEN coalesce(n.lease_until, now())
            WHEN n.held_reason = 'SENDER_BLOCKED' THEN n.due_at + interval '1000 years'
            ELSE n.due_at END,
       n.id, n.created_at, n.business_id, n.send_id
  FROM notifications n
 WHERE n.status IN ('QUEUED', 'SENDING');
SELECT set_config('app.cross_tenant', '', true);

DROP INDEX notifications_due_idx;
DROP INDEX notifications_lease_idx;
-- (send_id, created_at, id) serves every query by send; the status column here made each status change a
-- new index entry.
DROP INDEX notifications_send_idx;

-- Room for HOT updates (see above) in every partition, present and future. Existing pages keep what they
-- hold; the setting applies to pages filled from now on.
DO $$
DECLARE
    part regclass;
BEGIN
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'notifications'::regclass LOOP
        EXECUTE format('ALTER TABLE %s SET (fillfactor = 50)', part);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION ensure_notification_partitions(months_ahead int) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    month_start date := date_trunc('month', now())::date;
    i int;
BEGIN
    FOR i IN 0..months_ahead LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS notifications_%s PARTITION OF notifications FOR VALUES FROM (%L) TO (%L)'
            || ' WITH (fillfactor = 50)',
            to_char(month_start + make_interval(months => i), 'YYYYMM'),
            month_start + make_interval(months => i),
            month_start + make_interval(months => i + 1));
    END LOOP;
END $$;
