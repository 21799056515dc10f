-- Background jobs run per business under TenantContext.runAs; they first need to know which businesses
-- exist, which row-level security hides from the application role. This definer function is that
-- list, and nothing more.
CREATE FUNCTION platform_business_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT id FROM businesses ORDER BY created_at, id $$;
REVOKE ALL ON FUNCTION platform_business_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform_business_ids() TO ${appRole};

-- The session clean-up job deletes refresh tokens long past expiry (per business, under RLS).
GRANT DELETE ON refresh_tokens TO ${appRole};
CREATE INDEX refresh_tokens_expiry_idx ON refresh_tokens (business_id, expires_at);
