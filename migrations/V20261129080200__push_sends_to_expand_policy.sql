-- push_sends forces row-level security on its owner too, so the definer function push_sends_to_expand
-- (owned by the migrating role) would see no row without a tenant. This policy lets that role, and only
-- for reading, see the sends the expansion worker may have to start or resume: SCHEDULED or EXPANDING.
-- The application role is not the owner, so its access stays the tenant policy alone.
CREATE POLICY expansion_due ON push_sends FOR SELECT TO CURRENT_USER
    USING (status IN ('SCHEDULED', 'EXPANDING'));
