-- Campaigns (issue 7, DESIGN.md §7). A campaign is a message to the customers of a segment, sent once, on a
-- schedule, or per customer when a trigger fires. Its settings are kept as the API validated them
-- (trigger and schedule as jsonb: each trigger has its own parameters), compiled when the engine runs.
CREATE TABLE campaigns (
    id             uuid PRIMARY KEY,
    business_id    uuid        NOT NULL REFERENCES businesses (id),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind           text        NOT NULL CHECK (kind IN ('ONE_OFF', 'RECURRING', 'TRIGGERED')),
    status         text        NOT NULL DEFAULT 'DRAFT'
                               CHECK (status IN ('DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED')),
    -- TRIGGERED: {"type": "INACTIVITY", "days": 30, ...}; denormalised trigger_type for the engine's lookups.
    trigger_type   text CHECK (trigger_type IN ('GEOFENCE_ENTER', 'GEOFENCE_DWELL', 'INACTIVITY', 'BIRTHDAY',
                                                'WELCOME', 'AFTER_VISIT', 'POINTS_THRESHOLD', 'REWARD_AVAILABLE')),
    trigger        jsonb,
    -- ONE_OFF / RECURRING: {"sendAt": ..} or {"frequency": "WEEKLY", "days": ["MON"], "localTime": "10:00"}.
    schedule       jsonb,
    -- A saved segment's id or a ready-made 'rfm:...' id; null: every customer.
    segment_id     text,
    location_ids   uuid[]      NOT NULL DEFAULT '{}',
    title          text        NOT NULL,
    body           text        NOT NULL,
    image_url      text,
    deep_link      text,
    data           jsonb       NOT NULL DEFAULT '{}',
    starts_at      timestamptz,
    ends_at        timestamptz,
    -- When a scheduled run or a time trigger is next due (the schedulers' index); null when none.
    next_run_at    timestamptz,
    last_run_at    timestamptz,
    created_by     uuid        REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    activated_at   timestamptz,
    UNIQUE (business_id, id),
    CHECK ((kind = 'TRIGGERED') = (trigger_type IS NOT NULL)),
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX campaigns_business_idx ON campaigns (business_id, created_at DESC, id DESC);
-- The time schedulers find due campaigns across businesses (they run as the job role, see below).
CREATE INDEX campaigns_due_idx ON campaigns (next_run_at) WHERE status IN ('SCHEDULED', 'ACTIVE');
-- The event triggers find a business's running campaigns of one trigger type.
CREATE INDEX campaigns_trigger_idx ON campaigns (business_id, trigger_type) WHERE status = 'ACTIVE';

ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
GRANT SELECT, INSERT, UPDATE ON campaigns TO ${appRole};

-- One row per (campaign, customer, occurrence): the campaign chose the customer for this reason. The unique
-- key is what makes delivery exactly-once: a retry, a restart or a second instance inserting the same
-- delivery gets nothing back (ON CONFLICT DO NOTHING) and therefore sends nothing. The occurrence names the
-- reason: 'once' (one-off), the local date of a recurring run, 'lapse:<last visit>' (inactivity),
-- 'birthday:<year>', 'welcome', 'visit:<visit id>', 'geo:<event id>', 'points:<visit id>', 'reward:<id>:<visit id>'.
CREATE TABLE campaign_deliveries (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id  uuid        NOT NULL REFERENCES businesses (id),
    campaign_id  uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    occurrence   text        NOT NULL CHECK (length(occurrence) BETWEEN 1 AND 200),
    -- The push send that carried it (its notifications and skips tell what happened next).
    send_id      uuid,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (business_id, campaign_id) REFERENCES campaigns (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id),
    UNIQUE (business_id, campaign_id, customer_id, occurrence)
);
CREATE INDEX campaign_deliveries_campaign_idx ON campaign_deliveries (business_id, campaign_id, created_at);
CREATE INDEX campaign_deliveries_send_idx ON campaign_deliveries (business_id, send_id);

ALTER TABLE campaign_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_deliveries
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
GRANT SELECT, INSERT, UPDATE ON campaign_deliveries TO ${appRole};

-- Time triggers scan customers by birthday (month, day) and joining time.
CREATE INDEX IF NOT EXISTS customers_birthday_md_idx
    ON customers (business_id, (extract(month from birthday)), (extract(day from birthday))) WHERE birthday IS NOT NULL;

-- The campaign schedulers work across tenants: they first need the campaigns whose next run is due, which
-- row-level security hides. This definer function returns their ids and businesses and nothing more; each
-- is then run under its own tenant. The owner-only read policy lets the definer see exactly those rows.
CREATE POLICY scheduler_due ON campaigns FOR SELECT TO CURRENT_USER
    USING (status IN ('SCHEDULED', 'ACTIVE') AND next_run_at IS NOT NULL);
CREATE FUNCTION campaigns_due(max_campaigns int) RETURNS TABLE (business_id uuid, campaign_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT c.business_id, c.id FROM campaigns c
     WHERE c.status IN ('SCHEDULED', 'ACTIVE') AND c.next_run_at <= now()
     ORDER BY c.next_run_at, c.id
     LIMIT max_campaigns
$$;
REVOKE ALL ON FUNCTION campaigns_due(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION campaigns_due(int) TO ${appRole};
