-- Triggered sends say where they came from: geofence_id for a zone's GeoPush (campaign_id, already there,
-- for campaigns); both null for the panel's sends. Such sends have no created_by (the system sent them).
ALTER TABLE push_sends ADD COLUMN geofence_id uuid;

-- Same business, so a send can never point into another tenant's zone. NOT VALID: every existing row is
-- null, so the scan that validation would make proves nothing. Zones are soft-deleted; should one ever be
-- removed for good, its sends stay and lose only the reference.
ALTER TABLE push_sends ADD CONSTRAINT push_sends_geofence_fk
    FOREIGN KEY (business_id, geofence_id) REFERENCES geofences (business_id, id) ON DELETE SET NULL (geofence_id)
    NOT VALID;

-- A zone's sends (and the lookups the foreign key makes when a zone is deleted).
CREATE INDEX push_sends_geofence_idx ON push_sends (business_id, geofence_id, created_at DESC)
    WHERE geofence_id IS NOT NULL;
