-- Row-level security is keyed on a per-transaction setting that the application applies with
-- set_config('app.business_id', ..., true) (i.e. SET LOCAL) at the start of every transaction.
-- An unset or empty setting yields NULL, so a policy comparing business_id to it matches nothing:
-- isolation fails closed.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE FUNCTION current_business_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.business_id', true), '')::uuid $$;

GRANT EXECUTE ON FUNCTION current_business_id() TO ${appRole};
