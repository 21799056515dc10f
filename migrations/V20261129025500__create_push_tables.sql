-- Push pipeline (DESIGN.md §5): devices, sends, the notification outbox, skipped recipients and the
-- per-business push settings. The dispatcher works across tenants; it reaches these tables only through
-- narrow SECURITY DEFINER functions created by later migrations, never by lifting row-level security.

-- A customer's app installations. A token is unique per business: when it shows up for another customer
-- (a shared phone, a re-login) the row is re-assigned, never duplicated.
CREATE TABLE device_tokens (
    id                  uuid PRIMARY KEY,
    business_id         uuid        NOT NULL,
    customer_id         uuid        NOT NULL,
    token               text        NOT NULL CHECK (length(token) BETWEEN 1 AND 4096),
    -- FCM registration token or Firebase Installation ID (firebase-admin 9.10+ prefers the latter).
    token_kind          text        NOT NULL CHECK (token_kind IN ('FCM_TOKEN', 'FID')),
    platform            text        NOT NULL CHECK (platform IN ('ANDROID', 'IOS', 'WEB')),
    app_version         text        CHECK (length(app_version) <= 40),
    locale              text        CHECK (length(locale) <= 35),
    time_zone           text        CHECK (length(time_zone) <= 64),
    created_at          timestamptz NOT NULL DEFAULT now(),
    -- Targeting ignores tokens not refreshed for 30 days (stale).
    refreshed_at        timestamptz NOT NULL DEFAULT now(),
    -- Set when the app unregisters or FCM rejects the token (UNREGISTERED, invalid token).
    deactivated_at      timestamptz,
    deactivation_reason text,
    UNIQUE (business_id, token),
    UNIQUE (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id) ON DELETE CASCADE
);
CREATE INDEX device_tokens_customer_idx ON device_tokens (business_id, customer_id) WHERE deactivated_at IS NULL;

-- Per-business push settings: quiet hours and frequency cap (in the business's time zone), and the
-- brake the dispatcher pulls when FCM says the business's credentials are wrong (SENDER_ID_MISMATCH,
-- auth failures): nothing more is sent for it until an Admin clears it.
CREATE TABLE push_settings (
    business_id          uuid PRIMARY KEY REFERENCES businesses (id),
    quiet_hours_start    time,
    quiet_hours_end      time,
    -- At most this many pushes per customer per rolling window; NULL = no cap.
    frequency_cap        integer CHECK (frequency_cap IS NULL OR frequency_cap > 0),
    frequency_cap_window interval NOT NULL DEFAULT interval '1 day',
    blocked_at           timestamptz,
    blocked_reason       text,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
);

-- One row per send request (one customer, a list, a segment, everyone; now or scheduled). The audience
-- is kept as asked; fan-out expands it into notification rows (resumable: expanded_through is the
-- keyset position reached, so a crash mid-expansion resumes without writing a recipient twice).
CREATE TABLE push_sends (
    id               uuid PRIMARY KEY,
    business_id      uuid        NOT NULL REFERENCES businesses (id),
    campaign_id      uuid,
    created_by       uuid        REFERENCES users (id),
    audience_kind    text        NOT NULL CHECK (audience_kind IN ('CUSTOMER', 'CUSTOMERS', 'SEGMENT', 'ALL')),
    audience         jsonb       NOT NULL DEFAULT '{}',
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body             text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    image_url        text        CHECK (length(image_url) <= 2048),
    deep_link        text        CHECK (length(deep_link) <= 2048),
    data             jsonb       NOT NULL DEFAULT '{}',
    -- SCHEDULED → EXPANDING → QUEUED (all rows written) → DONE (no row left to send) or CANCELLED.
    status           text        NOT NULL CHECK (status IN ('SCHEDULED', 'EXPANDING', 'QUEUED', 'DONE', 'CANCELLED')),
    scheduled_at     timestamptz NOT NULL DEFAULT now(),
    expanded_through uuid,
    idempotency_key  text        CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    recipients       integer     NOT NULL DEFAULT 0,
    skipped          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    cancelled_at     timestamptz,
    completed_at     timestamptz,
    UNIQUE (business_id, id)
);
CREATE UNIQUE INDEX push_sends_idempotency_uidx ON push_sends (business_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX push_sends_business_idx ON push_sends (business_id, created_at DESC, id DESC);
CREATE INDEX push_sends_due_idx ON push_sends (scheduled_at) WHERE status IN ('SCHEDULED', 'EXPANDING');

-- The outbox: one row per (send, device), written in the transaction that decides to send. Partitioned
-- by month like activity_logs; a default partition means an insert never fails for want of one.
CREATE TABLE notifications (
    id                  uuid        NOT NULL,
    business_id         uuid        NOT NULL,
    send_id             uuid,
    campaign_id         uuid,
    customer_id         uuid        NOT NULL,
    device_token_id     uuid        NOT NULL,
    -- Personalised at fan-out ({{firstName}}, {{points}}…), so a retry sends exactly what was decided.
    title               text        NOT NULL,
    body                text        NOT NULL,
    image_url           text,
    data                jsonb       NOT NULL DEFAULT '{}',
    status              text        NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    -- When the dispatcher may take it: now, the schedule, the end of quiet hours, or the next retry.
    due_at              timestamptz NOT NULL,
    -- Why due_at was pushed back at fan-out: QUIET_HOURS or FREQUENCY_CAP (held back, never dropped).
    held_reason         text,
    attempts            integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- A SENDING row whose lease has run out (the worker died) is claimed again.
    lease_until         timestamptz,
    provider_message_id text,
    error_code          text,
    error_message       text,
    sent_at             timestamptz,
    failed_at           timestamptz,
    received_at         timestamptz,
    opened_at           timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE notifications_default PARTITION OF notifications DEFAULT;

CREATE FUNCTION ensure_notification_partitions(months_ahead int) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    month_start date := date_trunc('month', now())::date;
    i int;
BEGIN
    FOR i IN 0..months_ahead LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS notifications_%s PARTITION OF notifications FOR VALUES FROM (%L) TO (%L)',
            to_char(month_start + make_interval(months => i), 'YYYYMM'),
            month_start + make_interval(months => i),
            month_start + make_interval(months => i + 1));
    END LOOP;
END $$;
SELECT ensure_notification_partitions(2);
REVOKE ALL ON FUNCTION ensure_notification_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_notification_partitions(int) TO ${appRole};

-- The dispatcher's claim: due QUEUED rows, oldest first, plus expired SENDING leases.
CREATE INDEX notifications_due_idx ON notifications (due_at) WHERE status = 'QUEUED';
CREATE INDEX notifications_lease_idx ON notifications (lease_until) WHERE status = 'SENDING';
CREATE INDEX notifications_send_idx ON notifications (business_id, send_id, status);
CREATE INDEX notifications_customer_idx ON notifications (business_id, customer_id, created_at DESC);
-- A send never writes the same device twice, even when fan-out is resumed after a crash. A unique index
-- on a partitioned table must hold the partition key, so fan-out gives every row of a send the send's
-- own created_at (the whole send lands in one partition and the index really is per send and device).
CREATE UNIQUE INDEX notifications_send_device_uidx ON notifications (send_id, device_token_id, created_at);

-- Recipients a send did not reach, with the reason (NO_CONSENT, NO_DEVICE, STALE_TOKEN, FREQUENCY_CAP,
-- COOLDOWN, UNKNOWN_CUSTOMER…), so the business can see why a message did not go out.
CREATE TABLE push_skips (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL,
    send_id     uuid        NOT NULL,
    customer_id uuid,
    reason      text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (business_id, send_id) REFERENCES push_sends (business_id, id) ON DELETE CASCADE
);
CREATE INDEX push_skips_send_idx ON push_skips (business_id, send_id, reason);
CREATE INDEX push_skips_customer_idx ON push_skips (business_id, customer_id, created_at DESC);

ALTER TABLE device_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_tokens
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE push_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON push_settings
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE push_sends ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_sends FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON push_sends
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notifications
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE push_skips ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_skips FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON push_skips
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON device_tokens TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON push_settings TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON push_sends TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON notifications TO ${appRole};
GRANT SELECT, INSERT ON push_skips TO ${appRole};
