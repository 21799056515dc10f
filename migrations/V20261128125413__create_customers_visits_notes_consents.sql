-- Customers (CRM), their visits, notes and consents (current state + history).
--
-- pg_trgm backs the customer search (substring match on name, email and phone). bin/lib/services.sh
-- already creates it as superuser; it is a trusted extension (PostgreSQL 13+), so the database owner
-- that runs migrations may create it too, which keeps databases made elsewhere (RDS) working.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customers (
    id                    uuid PRIMARY KEY,
    business_id           uuid          NOT NULL REFERENCES businesses (id),
    first_name            text          NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80),
    last_name             text          NOT NULL DEFAULT '' CHECK (length(last_name) <= 80),
    -- Canonical forms only (the application normalises): lower-case email, E.164 phone.
    email                 text          CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    phone                 text          CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    birthday              date          CHECK (birthday >= DATE '1900-01-01'),
    preferred_location_id uuid          REFERENCES locations (id),
    tags                  text[]        NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
    -- Where the customer came from: PANEL, APP, IMPORT, API.
    source                text          NOT NULL DEFAULT 'PANEL',
    -- Counters kept by the visit transaction (one atomic UPDATE), so lists never aggregate visits.
    visit_count           integer       NOT NULL DEFAULT 0 CHECK (visit_count >= 0),
    first_visit_at        timestamptz,
    last_visit_at         timestamptz,
    total_spent           numeric(16, 3) NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    -- What the search matches: one trigram index serves name, email and phone substrings at once.
    search_text           text          GENERATED ALWAYS AS (
        lower(first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))) STORED,
    -- Lets child tables reference (business, customer), so a row can never point into another tenant.
    UNIQUE (business_id, id)
);
-- Duplicates are refused per business; the application answers CONFLICT naming the existing customer,
-- and these indexes settle races between two simultaneous creations.
CREATE UNIQUE INDEX customers_email_uidx ON customers (business_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX customers_phone_uidx ON customers (business_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX customers_business_created_idx ON customers (business_id, created_at DESC, id DESC);
CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops);
CREATE INDEX customers_tags_gin ON customers USING gin (tags);
CREATE INDEX customers_last_visit_idx ON customers (business_id, last_visit_at);
CREATE INDEX customers_preferred_location_idx ON customers (business_id, preferred_location_id);

CREATE TABLE visits (
    id          uuid PRIMARY KEY,
    business_id uuid           NOT NULL,
    customer_id uuid           NOT NULL,
    location_id uuid           NOT NULL REFERENCES locations (id),
    -- In the business's currency at the time of the visit; both or neither.
    amount      numeric(16, 3) CHECK (amount >= 0),
    currency    text           CHECK (currency ~ '^[A-Z]{3}$'),
    source      text           NOT NULL CHECK (source IN ('QR_SCAN', 'MANUAL', 'APP', 'POS_API')),
    occurred_at timestamptz    NOT NULL,
    recorded_by uuid           REFERENCES users (id),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    CHECK ((amount IS NULL) = (currency IS NULL)),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
CREATE INDEX visits_customer_idx ON visits (business_id, customer_id, occurred_at DESC, id DESC);
CREATE INDEX visits_business_idx ON visits (business_id, occurred_at DESC, id DESC);
CREATE INDEX visits_location_idx ON visits (business_id, location_id, occurred_at DESC);

CREATE TABLE customer_notes (
    id             uuid PRIMARY KEY,
    business_id    uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    body           text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    author_user_id uuid        REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
CREATE INDEX customer_notes_customer_idx ON customer_notes (business_id, customer_id, created_at DESC, id DESC);

-- The current answer per customer and consent type (absent = never asked).
CREATE TABLE consents (
    business_id uuid        NOT NULL,
    customer_id uuid        NOT NULL,
    type        text        NOT NULL CHECK (type IN ('PUSH', 'LOCATION', 'MARKETING')),
    granted     boolean     NOT NULL,
    source      text        NOT NULL CHECK (source IN ('PANEL', 'IN_STORE', 'APP', 'IMPORT', 'API')),
    changed_at  timestamptz NOT NULL,
    changed_by  uuid        REFERENCES users (id),
    PRIMARY KEY (customer_id, type),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
CREATE INDEX consents_business_type_idx ON consents (business_id, type, granted);

-- Every change of a consent, append-only: who (user, the customer, the system), when, from where.
CREATE TABLE consent_events (
    id                 uuid PRIMARY KEY,
    business_id        uuid        NOT NULL,
    customer_id        uuid        NOT NULL,
    type               text        NOT NULL CHECK (type IN ('PUSH', 'LOCATION', 'MARKETING')),
    previously_granted boolean,
    granted            boolean     NOT NULL,
    source             text        NOT NULL CHECK (source IN ('PANEL', 'IN_STORE', 'APP', 'IMPORT', 'API')),
    actor_type         text        NOT NULL CHECK (actor_type IN ('USER', 'CUSTOMER', 'SYSTEM')),
    changed_by         uuid        REFERENCES users (id),
    request_id         text,
    changed_at         timestamptz NOT NULL,
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
CREATE INDEX consent_events_customer_idx ON consent_events (business_id, customer_id, changed_at DESC, id DESC);

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE customers FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customers
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE visits FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON visits
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE customer_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_notes
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE consents FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consents
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE consent_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consent_events
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON customers TO ${appRole};
-- Visits, notes and consent history are append-only for the application.
GRANT SELECT, INSERT ON visits TO ${appRole};
GRANT SELECT, INSERT ON customer_notes TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON consents TO ${appRole};
GRANT SELECT, INSERT ON consent_events TO ${appRole};
