-- Loyalty: programs, one card per customer per program, the append-only points ledger the balance is
-- derived from, the rewards catalogue and redemptions.
--
-- Child tables reference (business_id, id) of their parents, so a row can never point into another tenant.

CREATE TABLE loyalty_programs (
    id                       uuid PRIMARY KEY,
    business_id              uuid          NOT NULL REFERENCES businesses (id),
    name                     text          NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    kind                     text          NOT NULL CHECK (kind IN ('POINTS', 'STAMPS')),
    -- Points (or stamps, for a stamps program) for every visit.
    points_per_visit         integer       NOT NULL DEFAULT 0 CHECK (points_per_visit BETWEEN 0 AND 100000),
    -- Points per whole unit of the business's currency spent (e.g. 0.001 = 1 point per 1,000 COP); floored.
    points_per_currency_unit numeric(16, 6) NOT NULL DEFAULT 0 CHECK (points_per_currency_unit >= 0),
    stamps_per_reward        integer       CHECK (stamps_per_reward BETWEEN 1 AND 1000),
    -- Points expire after this many days without activity on the card; null = never. Each earning keeps
    -- the value in force when it was earned (points_ledger.expiry_days).
    expiry_days              integer       CHECK (expiry_days BETWEEN 1 AND 3650),
    active                   boolean       NOT NULL DEFAULT true,
    created_at               timestamptz   NOT NULL DEFAULT now(),
    updated_at               timestamptz   NOT NULL DEFAULT now(),
    CHECK (kind = 'POINTS' OR (stamps_per_reward IS NOT NULL AND points_per_currency_unit = 0)),
    UNIQUE (business_id, id)
);
CREATE INDEX loyalty_programs_business_idx ON loyalty_programs (business_id, created_at, id);

CREATE TABLE loyalty_cards (
    id               uuid PRIMARY KEY,
    business_id      uuid        NOT NULL,
    program_id       uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    -- 128 random bits in RFC 4648 base32 (26 characters): unguessable, typeable, unique across businesses.
    code             text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-7]{26}$'),
    -- Cache of sum(points_ledger.delta) for the card, moved in the same transaction as every ledger row
    -- while the card row is locked (LedgerIT proves they agree).
    balance          bigint      NOT NULL DEFAULT 0 CHECK (balance >= 0),
    -- Last earning or redemption: points expire after the program's expiry_days without activity.
    last_activity_at timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (program_id, customer_id),
    UNIQUE (business_id, id),
    FOREIGN KEY (business_id, program_id) REFERENCES loyalty_programs (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
CREATE INDEX loyalty_cards_customer_idx ON loyalty_cards (business_id, customer_id);

CREATE TABLE points_ledger (
    id               uuid PRIMARY KEY,
    business_id      uuid        NOT NULL,
    card_id          uuid        NOT NULL,
    -- Denormalised from the card for the customer timeline's index.
    customer_id      uuid        NOT NULL,
    reason           text        NOT NULL CHECK (reason IN
                         ('EARN_VISIT', 'EARN_AMOUNT', 'REDEMPTION', 'ADJUSTMENT', 'EXPIRY', 'OPENING_BALANCE')),
    delta            bigint      NOT NULL CHECK (delta <> 0),
    balance_after    bigint      NOT NULL CHECK (balance_after >= 0),
    actor_user_id    uuid        REFERENCES users (id),
    -- What caused it: the visit, the redemption, the import row, the expired earning.
    reference        text        CHECK (length(reference) <= 200),
    location_id      uuid        REFERENCES locations (id),
    -- Why, in words (required for adjustments).
    note             text        CHECK (length(note) <= 500),
    -- Earnings only: the expiry rule in force when earned, and when they expire if the card stays idle.
    expiry_days      integer     CHECK (expiry_days > 0),
    expires_at       timestamptz,
    -- EXPIRY rows: the earning whose remainder they expire.
    expired_entry_id uuid        REFERENCES points_ledger (id),
    occurred_at      timestamptz NOT NULL,
    CHECK ((expiry_days IS NULL) = (expires_at IS NULL)),
    CHECK (expiry_days IS NULL OR delta > 0),
    CHECK ((reason = 'EXPIRY') = (expired_entry_id IS NOT NULL)),
    FOREIGN KEY (business_id, card_id) REFERENCES loyalty_cards (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id)
);
-- Idempotency: a visit awards once per reason, an import row credits once, an earning expires once.
CREATE UNIQUE INDEX points_ledger_reference_uidx ON points_ledger (card_id, reason, reference)
    WHERE reference IS NOT NULL;
CREATE INDEX points_ledger_card_idx ON points_ledger (card_id, occurred_at DESC, id DESC);
CREATE INDEX points_ledger_customer_idx ON points_ledger (business_id, customer_id, occurred_at DESC, id DESC);
-- The expiry job looks only at earnings that can expire.
CREATE INDEX points_ledger_expiring_idx ON points_ledger (business_id, expires_at) WHERE expires_at IS NOT NULL;

-- Append-only, for everyone, the owner included: corrections are new rows (ADJUSTMENT), never edits.
CREATE FUNCTION points_ledger_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'points_ledger is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER points_ledger_append_only BEFORE UPDATE OR DELETE ON points_ledger
    FOR EACH ROW EXECUTE FUNCTION points_ledger_refuse_change();
CREATE TRIGGER points_ledger_no_truncate BEFORE TRUNCATE ON points_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION points_ledger_refuse_change();

CREATE TABLE rewards (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL,
    program_id  uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    description text        NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    -- In the program's unit (points or stamps).
    cost        bigint      NOT NULL CHECK (cost BETWEEN 1 AND 1000000000),
    -- Units left; null = unlimited.
    stock       integer     CHECK (stock >= 0),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (business_id, id),
    FOREIGN KEY (business_id, program_id) REFERENCES loyalty_programs (business_id, id)
);
CREATE INDEX rewards_program_idx ON rewards (business_id, program_id, cost, id);

CREATE TABLE redemptions (
    id              uuid PRIMARY KEY,
    business_id     uuid        NOT NULL,
    card_id         uuid        NOT NULL,
    customer_id     uuid        NOT NULL,
    reward_id       uuid        NOT NULL,
    location_id     uuid        NOT NULL REFERENCES locations (id),
    cost            bigint      NOT NULL CHECK (cost > 0),
    balance_after   bigint      NOT NULL CHECK (balance_after >= 0),
    redeemed_by     uuid        REFERENCES users (id),
    occurred_at     timestamptz NOT NULL,
    FOREIGN KEY (business_id, card_id) REFERENCES loyalty_cards (business_id, id),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id),
    FOREIGN KEY (business_id, reward_id) REFERENCES rewards (business_id, id)
);
CREATE INDEX redemptions_customer_idx ON redemptions (business_id, customer_id, occurred_at DESC, id DESC);
CREATE INDEX redemptions_business_idx ON redemptions (business_id, occurred_at DESC, id DESC);

ALTER TABLE loyalty_programs ENABLE ROW LEVEL SECURITY;
ALTER TABLE loyalty_programs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON loyalty_programs
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE loyalty_cards ENABLE ROW LEVEL SECURITY;
ALTER TABLE loyalty_cards FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON loyalty_cards
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE points_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE points_ledger FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON points_ledger
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE rewards ENABLE ROW LEVEL SECURITY;
ALTER TABLE rewards FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rewards
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE redemptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE redemptions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON redemptions
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON loyalty_programs TO ${appRole};
-- UPDATE for the cached balance and last activity only (the code and owner never change).
GRANT SELECT, INSERT ON loyalty_cards TO ${appRole};
GRANT UPDATE (balance, last_activity_at) ON loyalty_cards TO ${appRole};
GRANT SELECT, INSERT ON points_ledger TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON rewards TO ${appRole};
GRANT SELECT, INSERT ON redemptions TO ${appRole};
