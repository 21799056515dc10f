-- bench/lib/push-queue.sql — plants QUEUED notifications straight into the outbox with direct SQL, as the
-- superuser (bypassing row-level security on purpose): a business's customers, one device token each, and
-- :sends sends of :devices rows each, all due now. This stands in for the fan-out of the sending module so
-- that the dispatcher benchmarks measure the dispatcher alone.
-- Variables: business (uuid), devices (rows per send = customers = tokens), sends.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO businesses (id, name, time_zone)
VALUES (:'business'::uuid, 'Push bench ' || left(:'business', 8), 'America/Bogota')
ON CONFLICT (id) DO NOTHING;

INSERT INTO customers (id, business_id, first_name, source)
SELECT md5(:'business' || 'c' || i)::uuid, :'business'::uuid, 'Cliente ' || i, 'IMPORT'
  FROM generate_series(1, :devices) i;

INSERT INTO device_tokens (id, business_id, customer_id, token, token_kind, platform)
SELECT md5(:'business' || 'd' || i)::uuid, :'business'::uuid, md5(:'business' || 'c' || i)::uuid,
       'bench-token-' || i || '-' || md5(:'business' || i), 'FCM_TOKEN', 'ANDROID'
  FROM generate_series(1, :devices) i;

INSERT INTO push_sends (id, business_id, audience_kind, title, body, status, recipients, created_at)
SELECT md5(:'business' || 's' || s)::uuid, :'business'::uuid, 'ALL', 'Bench ' || s, 'Hola {{firstName}}', 'QUEUED',
       :devices, now()
  FROM generate_series(1, :sends) s;

INSERT INTO notifications (id, business_id, send_id, customer_id, device_token_id, title, body, data, status,
                           due_at, created_at)
SELECT gen_random_uuid(), :'business'::uuid, md5(:'business' || 's' || s)::uuid, md5(:'business' || 'c' || i)::uuid,
       md5(:'business' || 'd' || i)::uuid, 'Bench ' || s, 'Hola Cliente ' || i, '{"kind": "bench"}', 'QUEUED',
       now(), now()
  FROM generate_series(1, :sends) s, generate_series(1, :devices) i;
COMMIT;
ANALYZE notifications;
