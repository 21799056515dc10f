CREATE TABLE businesses (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    time_zone      text        NOT NULL,
    locale         text        NOT NULL DEFAULT 'es-419',
    currency       text        NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    -- Raised per business by platform operators only: the application role cannot update it.
    location_limit integer CHECK (location_limit IS NULL OR location_limit >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    business_id          uuid        NOT NULL REFERENCES businesses (id),
    -- Emails are stored lower-cased and are globally unique so that login needs nothing but an email and a password.
    email                text        NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name         text        NOT NULL,
    password_hash        text        NOT NULL,
    role                 text        NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'ANALYST')),
    active               boolean     NOT NULL DEFAULT true,
    failed_login_count   integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_business_idx ON users (business_id, created_at);

CREATE TABLE refresh_tokens (
    id           uuid PRIMARY KEY,
    business_id  uuid        NOT NULL REFERENCES businesses (id),
    user_id      uuid        NOT NULL REFERENCES users (id),
    -- A rotation family: presenting an already-rotated token revokes the whole family (theft).
    family_id    uuid        NOT NULL,
    token_hash   bytea       NOT NULL UNIQUE,
    expires_at   timestamptz NOT NULL,
    rotated_at   timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (business_id, user_id);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (business_id, family_id);

CREATE TABLE invitations (
    id           uuid PRIMARY KEY,
    business_id  uuid        NOT NULL REFERENCES businesses (id),
    email        text        NOT NULL CHECK (email = lower(email)),
    role         text        NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'ANALYST')),
    location_ids uuid[]      NOT NULL DEFAULT '{}',
    token_hash   bytea       NOT NULL UNIQUE,
    invited_by   uuid        NOT NULL REFERENCES users (id),
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitations_business_idx ON invitations (business_id, created_at);

-- Which locations a STAFF user may act on.
CREATE TABLE user_locations (
    -- Defaulted from the transaction's tenant so that a plain element-collection insert fills it.
    business_id uuid NOT NULL DEFAULT current_business_id() REFERENCES businesses (id),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    location_id uuid NOT NULL,
    PRIMARY KEY (user_id, location_id)
);

ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON businesses
    USING (id = current_business_id()) WITH CHECK (id = current_business_id());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON refresh_tokens
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitations
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

ALTER TABLE user_locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_locations
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT ON businesses TO ${appRole};
GRANT UPDATE (name, time_zone, locale, currency, updated_at) ON businesses TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON users TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON refresh_tokens TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON invitations TO ${appRole};
GRANT SELECT, INSERT, DELETE ON user_locations TO ${appRole};

-- Login starts before any tenant is known. This narrow definer function is the one door across
-- tenants: it maps an email to (user, business) and nothing else; the caller then reads the user
-- under that business's row-level security.
CREATE FUNCTION auth_find_user_by_email(p_email text)
    RETURNS TABLE (user_id uuid, business_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT u.id, u.business_id FROM users u WHERE u.email = lower(p_email) $$;
REVOKE ALL ON FUNCTION auth_find_user_by_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_find_user_by_email(text) TO ${appRole};

-- Fallback for token revocation checks when Redis is unreachable: is this user still active?
CREATE FUNCTION auth_user_is_active(p_user_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT coalesce((SELECT u.active FROM users u WHERE u.id = p_user_id), false) $$;
REVOKE ALL ON FUNCTION auth_user_is_active(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_user_is_active(uuid) TO ${appRole};
