-- Customer CSV imports: one row per import (dry runs included) with its outcome and its report, so the
-- panel can show past imports. The report holds counts and at most 1,000 row errors (row, field,
-- column, code, message: never the rejected values, so no contact data lingers here).
CREATE TABLE customer_imports (
    id                 uuid PRIMARY KEY,
    business_id        uuid        NOT NULL REFERENCES businesses (id),
    started_by         uuid        REFERENCES users (id),
    file_name          text        CHECK (length(file_name) <= 255),
    file_sha256        text        NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes         bigint      NOT NULL CHECK (size_bytes >= 0),
    encoding           text        NOT NULL,
    delimiter          text        NOT NULL,
    mode               text        NOT NULL CHECK (mode IN ('KEEP_VALID', 'ALL_OR_NOTHING')),
    dry_run            boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS',
                                                              'ROLLED_BACK', 'VALIDATED', 'FAILED')),
    rows_total         bigint      NOT NULL DEFAULT 0,
    created_count      bigint      NOT NULL DEFAULT 0,
    updated_count      bigint      NOT NULL DEFAULT 0,
    unchanged_count    bigint      NOT NULL DEFAULT 0,
    error_rows         bigint      NOT NULL DEFAULT 0,
    balances_credited  bigint      NOT NULL DEFAULT 0,
    report             jsonb       NOT NULL DEFAULT '{}',
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz
);
CREATE INDEX customer_imports_business_idx ON customer_imports (business_id, started_at DESC, id DESC);

ALTER TABLE customer_imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_imports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_imports
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON customer_imports TO ${appRole};
