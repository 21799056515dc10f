-- Birthdays as an index range the application role can use (issue 7: the BIRTHDAY campaign selection and
-- the segments' BIRTHDAY_MONTH fact).
--
-- customers_birthday_md_idx, on (business_id, extract(month from birthday), extract(day from birthday)),
-- served only the owner. Under row-level security PostgreSQL makes a condition an index condition only when
-- its operator is leakproof (else it could see rows before the tenant policy filters them), and extract()
-- and numeric = are not: as the application role a day's 3,448 birthdays among 1,000,000 customers were a
-- parallel seq scan, 0.58 s, against 64 ms for the owner (docs/benchmarks.md, inactivity trigger section).
--
-- birthday_md is month * 100 + day (214 for 14 February; NULL without a birthday), computed by PostgreSQL,
-- so no code path can write it or let it drift from birthday. The comparisons the application makes on it
-- are leakproof (pg_proc.proleakproof): smallint against integer parameters, int24eq for
-- "birthday_md = any(int[])" (the day's birthdays) and int24ge / int24le for "birthday_md between m01 and
-- m31" (a birthday month). extract(field from date) is immutable (unlike on timestamptz), as a generated
-- column requires.
--
-- Adding a stored generated column rewrites the customers table under an ACCESS EXCLUSIVE lock (writes and
-- reads of customers wait for it); on a million customers that is a one-off pause during the deployment,
-- accepted here rather than a batched backfill of a plain column plus a trigger.
ALTER TABLE customers ADD COLUMN birthday_md smallint
    GENERATED ALWAYS AS (cast(extract(month from birthday) * 100 + extract(day from birthday) AS smallint)) STORED;

-- Partial like the index it replaces: customers without a birthday (most of an imported base) stay out.
-- "birthday_md = ..." and "between" are strict, so they imply the predicate and the planner may use it.
CREATE INDEX customers_business_birthday_md_idx ON customers (business_id, birthday_md)
    WHERE birthday_md IS NOT NULL;
DROP INDEX customers_birthday_md_idx;
