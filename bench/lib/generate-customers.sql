-- Bench data: :count customers for business :'business', with realistic names, unique emails and
-- phones, tags and visit counters spread over two years. Runs as the superuser (outside RLS) in one
-- statement per 100,000 rows so progress shows; psql variables: business, count, offset.
-- Names are drawn from short Latin American lists so that searches hit a realistic share of rows: every
-- first name is about 5% of the customers, every surname 4%; about one customer in a thousand has one of
-- 20 rare surnames (about 50 each), for searches that find a handful. created_at grows with n (one
-- customer a minute from 2024-06-01, as rows are inserted in a real business: the physical order follows
-- created_at), and the emails (first.last.n@example.com) and phones (+57300 and n on 7 digits) are unique.
INSERT INTO customers (id, business_id, first_name, last_name, email, phone, birthday, tags, source,
                       visit_count, first_visit_at, last_visit_at, total_spent, created_at, updated_at)
SELECT gen_random_uuid(), :'business'::uuid, f.name, l.name,
       lower(f.name || '.' || l.name || '.' || n || '@example.com'),
       '+57300' || lpad(n::text, 7, '0'),
       DATE '1960-01-01' + (hashint % 16000),
       CASE hashint % 8 WHEN 0 THEN '{vip}'::text[] WHEN 1 THEN '{frecuente}' WHEN 2 THEN '{nuevo}'
                        WHEN 3 THEN '{frecuente,vip}' WHEN 5 THEN '{estudiante}' WHEN 7 THEN '{cumple}'
                        ELSE '{}' END,
       'IMPORT',
       visits, CASE WHEN visits > 0 THEN first_at END, CASE WHEN visits > 0 THEN first_at + (visits * interval '3 days') END,
       visits * 18500, created, created
FROM (
    SELECT n, abs(hashtext(n::text)) AS hashint,
           abs(hashtext(n::text)) % 40 AS visits,
           now() - ((abs(hashtext('c' || n)) % 730) * interval '1 day') AS first_at,
           timestamptz '2024-06-01 00:00:00+00' + n * interval '1 minute' + (abs(hashtext('d' || n)) % 60) * interval '1 second' AS created
    FROM generate_series(:offset + 1, :offset + :count) AS n
) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['María', 'José', 'Juan', 'Ana', 'Luis', 'Carlos', 'Laura', 'Andrés', 'Camila',
        'Valentina', 'Santiago', 'Sofía', 'Diego', 'Daniela', 'Jorge', 'Paula', 'Miguel', 'Lucía', 'Felipe',
        'Gabriela'])[1 + g.hashint % 20] AS name) AS f
CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext('r' || g.n)) % 1000 = 0
        THEN (ARRAY['Zuluaga', 'Echeverri', 'Arango', 'Villegas', 'Restrepo', 'Uribe', 'Botero', 'Londoño',
        'Ocampo', 'Escobar', 'Santamaría', 'Betancur', 'Quintero', 'Cardona', 'Montoya', 'Arbeláez', 'Salazar',
        'Valencia', 'Giraldo', 'Maldonado'])[1 + abs(hashtext('s' || g.n)) % 20]
        ELSE (ARRAY['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez',
        'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Ortiz', 'Gutiérrez',
        'Chávez', 'Ramos', 'Vargas', 'Castillo', 'Jiménez', 'Moreno', 'Romero', 'Herrera'])[1 + (g.hashint / 20) % 25]
        END AS name) AS l;
