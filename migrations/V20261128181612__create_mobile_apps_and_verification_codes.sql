-- The mobile shim (/api/mobile/v1): each business registers its app(s) and gets a public key that the
-- app sends as X-App-Key. The key is public (it ships inside the app), so it is stored as it is; it only
-- says which business a request is for, never who the customer is (that is the customer token).
CREATE TABLE mobile_apps (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL REFERENCES businesses (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    public_key  text        NOT NULL UNIQUE CHECK (public_key ~ '^pk_live_[A-Za-z0-9]{32}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
CREATE INDEX mobile_apps_business_idx ON mobile_apps (business_id, created_at, id);

ALTER TABLE mobile_apps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mobile_apps
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
GRANT SELECT, INSERT ON mobile_apps TO ${appRole};
GRANT UPDATE (revoked_at) ON mobile_apps TO ${appRole};

-- A request of the app arrives before any tenant is known. Like auth_find_user_by_email at login, this
-- narrow definer function is the door: it maps an active key to (app, business) and nothing else.
CREATE FUNCTION mobile_app_by_key(p_key text)
    RETURNS TABLE (app_id uuid, business_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT a.id, a.business_id FROM mobile_apps a WHERE a.public_key = p_key AND a.revoked_at IS NULL $$;
REVOKE ALL ON FUNCTION mobile_app_by_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mobile_app_by_key(text) TO ${appRole};

-- One-time codes that let an existing customer sign back in on a new device. Only a hash is kept;
-- a code dies when used, when it expires, or after too many wrong attempts.
CREATE TABLE mobile_verification_codes (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL,
    customer_id uuid        NOT NULL,
    code_hash   bytea       NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (business_id, customer_id) REFERENCES customers (business_id, id) ON DELETE CASCADE
);
CREATE INDEX mobile_verification_codes_customer_idx
    ON mobile_verification_codes (business_id, customer_id, created_at DESC);

ALTER TABLE mobile_verification_codes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mobile_verification_codes
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());
GRANT SELECT, INSERT, DELETE ON mobile_verification_codes TO ${appRole};
GRANT UPDATE (attempts, used_at) ON mobile_verification_codes TO ${appRole};
