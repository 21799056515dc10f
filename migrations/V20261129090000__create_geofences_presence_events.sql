-- Geofencing (DESIGN.md §6): zones per location, each device's presence (durable copy of the Redis set)
-- and the ENTER/EXIT/DWELL events the evaluation emits (partitioned by month, like notifications).

-- btree_gist lets one GiST index hold (business_id, center): a ping is evaluated against its own
-- business's zones only, and the index answers both the tenant filter and the distance bound.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE geofences (
    id               uuid PRIMARY KEY,
    business_id      uuid        NOT NULL REFERENCES businesses (id),
    location_id      uuid        NOT NULL REFERENCES locations (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    shape            text        NOT NULL CHECK (shape IN ('CIRCLE', 'POLYGON')),
    -- CIRCLE: the centre (defaults to the location's point). POLYGON: the polygon's centroid.
    center           geography(Point, 4326) NOT NULL,
    -- CIRCLE: the radius. POLYGON: the distance from the centroid to its farthest vertex, so one
    -- ST_DWithin(center, ping, 5000) AND ST_DWithin(center, ping, radius_m) pre-filter serves both shapes
    -- through the GiST index (a per-row radius alone skips it: ../shared/TOOLCHAIN.md).
    radius_m         integer     NOT NULL CHECK (radius_m BETWEEN 1 AND 5000),
    polygon          geography(Polygon, 4326),
    active           boolean     NOT NULL DEFAULT true,
    -- What fires the GeoPush: arriving (ENTER) or staying dwell_seconds (DWELL).
    push_trigger     text        NOT NULL DEFAULT 'ENTER' CHECK (push_trigger IN ('ENTER', 'DWELL')),
    dwell_seconds    integer     NOT NULL DEFAULT 300 CHECK (dwell_seconds BETWEEN 60 AND 86400),
    -- The GeoPush message (placeholders filled per customer by the push pipeline); no title = no GeoPush.
    push_title       text        CHECK (length(push_title) BETWEEN 1 AND 200),
    push_body        text        CHECK (length(push_body) BETWEEN 1 AND 2000),
    push_image_url   text        CHECK (length(push_image_url) <= 2048),
    push_deep_link   text        CHECK (length(push_deep_link) <= 2048),
    push_data        jsonb       NOT NULL DEFAULT '{}',
    -- Minimum time between two GeoPushes to the same customer for this zone.
    cooldown_seconds integer     NOT NULL DEFAULT 86400 CHECK (cooldown_seconds BETWEEN 0 AND 31536000),
    -- Optional weekly schedule in the business's time zone: [{"days":["MON",...],"from":"08:00","to":"20:00"}].
    -- Empty array = always.
    schedule         jsonb       NOT NULL DEFAULT '[]',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    CHECK ((shape = 'POLYGON') = (polygon IS NOT NULL)),
    CHECK ((push_title IS NULL) = (push_body IS NULL)),
    UNIQUE (business_id, id)
);
-- The evaluation's lookup: live zones of one business near a point.
CREATE INDEX geofences_lookup_gix ON geofences USING gist (business_id, center)
    WHERE active AND deleted_at IS NULL;
CREATE INDEX geofences_location_idx ON geofences (business_id, location_id, created_at, id)
    WHERE deleted_at IS NULL;

-- Where each device was last seen and which zones it is in: the durable copy of the Redis presence set,
-- so a Redis restart (or loss) loses no state. device_key is the app's device id ('' when the app sends
-- none: presence is then per customer).
CREATE TABLE geo_devices (
    business_id   uuid        NOT NULL,
    customer_id   uuid        NOT NULL,
    device_key    text        NOT NULL DEFAULT '' CHECK (length(device_key) <= 200),
    last_ping_at  timestamptz NOT NULL,
    last_point    geography(Point, 4326) NOT NULL,
    last_accuracy real,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, customer_id, device_key),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id) ON DELETE CASCADE
);

CREATE TABLE geo_presence (
    business_id     uuid        NOT NULL,
    customer_id     uuid        NOT NULL,
    device_key      text        NOT NULL DEFAULT '',
    geofence_id     uuid        NOT NULL,
    entered_at      timestamptz NOT NULL,
    last_inside_at  timestamptz NOT NULL,
    dwell_emitted   boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (business_id, customer_id, device_key, geofence_id),
    FOREIGN KEY (business_id, customer_id, device_key)
        REFERENCES geo_devices (business_id, customer_id, device_key) ON DELETE CASCADE,
    FOREIGN KEY (business_id, geofence_id) REFERENCES geofences (business_id, id) ON DELETE CASCADE
);
CREATE INDEX geo_presence_geofence_idx ON geo_presence (business_id, geofence_id);

-- ENTER, EXIT and DWELL as they happened (device time), kept for the zone's activity, the campaign
-- engine and reporting. Partitioned by month; a retention job drops old months.
CREATE TABLE geo_events (
    id           uuid        NOT NULL,
    business_id  uuid        NOT NULL,
    geofence_id  uuid        NOT NULL,
    location_id  uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    device_key   text        NOT NULL DEFAULT '',
    kind         text        NOT NULL CHECK (kind IN ('ENTER', 'EXIT', 'DWELL')),
    point        geography(Point, 4326) NOT NULL,
    accuracy_m   real,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE geo_events_default PARTITION OF geo_events DEFAULT;

CREATE FUNCTION ensure_geo_event_partitions(months_ahead int) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    month_start date := date_trunc('month', now())::date;
    i int;
BEGIN
    FOR i IN -1..months_ahead LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS geo_events_%s PARTITION OF geo_events FOR VALUES FROM (%L) TO (%L)',
            to_char(month_start + make_interval(months => i), 'YYYYMM'),
            month_start + make_interval(months => i),
            month_start + make_interval(months => i + 1));
    END LOOP;
END $$;
SELECT ensure_geo_event_partitions(2);
REVOKE ALL ON FUNCTION ensure_geo_event_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_geo_event_partitions(int) TO ${appRole};

-- GeoPush outcomes, one row per ENTER/DWELL of a zone with a message: what was decided and why (a push
-- send, or held by cooldown or the zone's schedule). Feeds the zone's activity and the customer's history.
CREATE TABLE geo_pushes (
    id           uuid PRIMARY KEY,
    business_id  uuid        NOT NULL,
    geofence_id  uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    geo_event_id uuid        NOT NULL,
    trigger      text        NOT NULL CHECK (trigger IN ('ENTER', 'DWELL')),
    outcome      text        NOT NULL CHECK (outcome IN ('SENT', 'COOLDOWN', 'OUTSIDE_SCHEDULE')),
    -- The push send that carries the message (its skips say if consent, devices or quiet hours held it).
    send_id      uuid,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (business_id, geofence_id) REFERENCES geofences (business_id, id) ON DELETE CASCADE,
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id) ON DELETE CASCADE
);
CREATE INDEX geo_pushes_geofence_idx ON geo_pushes (business_id, geofence_id, created_at DESC);
CREATE INDEX geo_pushes_customer_idx ON geo_pushes (business_id, customer_id, created_at DESC);

-- The cooldown clock per (zone, customer): claimed with one conditional upsert, so two pings racing for
-- the same customer never both send.
CREATE TABLE geo_push_cooldowns (
    business_id  uuid        NOT NULL,
    geofence_id  uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    last_sent_at timestamptz NOT NULL,
    PRIMARY KEY (business_id, geofence_id, customer_id),
    FOREIGN KEY (business_id, geofence_id) REFERENCES geofences (business_id, id) ON DELETE CASCADE,
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id) ON DELETE CASCADE
);

CREATE INDEX geo_events_geofence_idx ON geo_events (business_id, geofence_id, occurred_at DESC);
CREATE INDEX geo_events_customer_idx ON geo_events (business_id, customer_id, occurred_at DESC);
CREATE INDEX geo_events_business_idx ON geo_events (business_id, occurred_at DESC, id);

ALTER TABLE geofences ENABLE ROW LEVEL SECURITY;
ALTER TABLE geofences FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geofences
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE geo_devices ENABLE ROW LEVEL SECURITY;
ALTER TABLE geo_devices FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geo_devices
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE geo_presence ENABLE ROW LEVEL SECURITY;
ALTER TABLE geo_presence FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geo_presence
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE geo_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE geo_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geo_events
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE geo_pushes ENABLE ROW LEVEL SECURITY;
ALTER TABLE geo_pushes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geo_pushes
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE geo_push_cooldowns ENABLE ROW LEVEL SECURITY;
ALTER TABLE geo_push_cooldowns FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON geo_push_cooldowns
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON geofences TO ${appRole};
GRANT SELECT, INSERT ON geo_pushes TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON geo_push_cooldowns TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON geo_devices TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON geo_presence TO ${appRole};
GRANT SELECT, INSERT ON geo_events TO ${appRole};

-- Retention: the app role does not own geo_events, so dropping whole months goes through this function.
-- Only monthly partitions entirely older than the cutoff are dropped (the default partition is kept).
CREATE FUNCTION drop_geo_event_partitions_before(cutoff date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    part record;
    dropped integer := 0;
BEGIN
    FOR part IN
        SELECT c.relname
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'geo_events'::regclass AND c.relname ~ '^geo_events_[0-9]{6}$'
    LOOP
        IF (to_date(substr(part.relname, 12), 'YYYYMM') + interval '1 month') <= cutoff THEN
            EXECUTE format('DROP TABLE %I', part.relname);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END $$;
REVOKE ALL ON FUNCTION drop_geo_event_partitions_before(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION drop_geo_event_partitions_before(date) TO ${appRole};
