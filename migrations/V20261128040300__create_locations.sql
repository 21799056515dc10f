CREATE TABLE locations (
    id          uuid PRIMARY KEY,
    business_id uuid                   NOT NULL REFERENCES businesses (id),
    name        text                   NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    address     text                   NOT NULL DEFAULT '',
    time_zone   text                   NOT NULL,
    point       geography(Point, 4326) NOT NULL,
    active      boolean                NOT NULL DEFAULT true,
    created_at  timestamptz            NOT NULL DEFAULT now(),
    updated_at  timestamptz            NOT NULL DEFAULT now()
);
CREATE INDEX locations_business_idx ON locations (business_id, created_at, id);
CREATE INDEX locations_point_gix ON locations USING gist (point);

ALTER TABLE locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON locations
    USING (business_id = current_business_id()) WITH CHECK (business_id = current_business_id());

GRANT SELECT, INSERT, UPDATE ON locations TO ${appRole};

ALTER TABLE user_locations
    ADD CONSTRAINT user_locations_location_fk FOREIGN KEY (location_id) REFERENCES locations (id);
