-- Saved segments (issue 7): a condition tree over customer facts, stored as the API received it (validated
-- and normalised), compiled to SQL when used. Deleting keeps the row (campaigns will reference it).
CREATE TABLE segments (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL REFERENCES businesses (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    condition   jsonb       NOT NULL,
    created_by  uuid        REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    UNIQUE (business_id, id)
);
CREATE UNIQUE INDEX segments_name_uidx ON segments (business_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX segments_business_idx ON segments (business_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

ALTER TABLE segments ENABLE ROW LEVEL SECURITY;
ALTER TABLE segments FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON segments
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON segments TO ${appRole};

-- Segment facts that look at other tables, per customer: opened notifications in a window.
CREATE INDEX IF NOT EXISTS notifications_opened_idx ON notifications (business_id, customer_id, opened_at)
    WHERE opened_at IS NOT NULL;
