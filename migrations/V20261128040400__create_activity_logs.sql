-- Append-only audit trail, partitioned by month. A default partition means an insert never fails
-- for want of a partition; PartitionMaintenanceJob creates the coming months ahead of time.
CREATE TABLE activity_logs (
    id           uuid        NOT NULL,
    business_id  uuid        NOT NULL,
    actor_id     uuid,
    actor_type   text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text,
    request_id   text,
    ip           inet,
    details      jsonb       NOT NULL DEFAULT '{}',
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE activity_logs_default PARTITION OF activity_logs DEFAULT;

DO $$
DECLARE
    month_start date := date_trunc('month', now())::date;
    i int;
BEGIN
    FOR i IN 0..2 LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS activity_logs_%s PARTITION OF activity_logs FOR VALUES FROM (%L) TO (%L)',
            to_char(month_start + make_interval(months => i), 'YYYYMM'),
            month_start + make_interval(months => i),
            month_start + make_interval(months => i + 1));
    END LOOP;
END $$;

CREATE INDEX activity_logs_business_idx ON activity_logs (business_id, occurred_at DESC);

ALTER TABLE activity_logs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON activity_logs
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

-- Append-only for the application: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON activity_logs TO ${appRole};

-- Creating next months' partitions is done by the owner through this definer function.
CREATE FUNCTION ensure_activity_log_partitions(months_ahead int) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    month_start date := date_trunc('month', now())::date;
    i int;
BEGIN
    FOR i IN 0..months_ahead LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS activity_logs_%s PARTITION OF activity_logs FOR VALUES FROM (%L) TO (%L)',
            to_char(month_start + make_interval(months => i), 'YYYYMM'),
            month_start + make_interval(months => i),
            month_start + make_interval(months => i + 1));
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION ensure_activity_log_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_activity_log_partitions(int) TO ${appRole};

CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE ON shedlock TO ${appRole};
