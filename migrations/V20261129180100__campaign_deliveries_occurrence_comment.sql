-- The occurrence formats as the code writes them (the create migration's comment predates two of them, and
-- an applied migration is never edited). Kept in the catalogue so that anyone reading the table in psql sees
-- what makes two deliveries "the same reason"; the code (Occurrences, LoyaltyTriggers, GeofenceTriggers) is
-- the authority.
COMMENT ON COLUMN campaign_deliveries.occurrence IS
    'Why the campaign chose the customer; unique per (business, campaign, customer). once (one-off); '
    'run:<local date> (recurring); lapse:<last visit or joining time, UTC micros> (inactivity); '
    'birthday:<year>; welcome; visit:<visit id> (after visit); geo:<geo event id> (geofence enter/dwell); '
    'points:<visit id> or points:adjustment:<ledger entry id> (points threshold); '
    'reward:<card id>:<epoch micros of the balance change>:<balance> (reward available).';
