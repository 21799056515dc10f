-- Segment preview on 1,000,000 customers (issue 7, docs/benchmarks.md "Segment preview"). Every figure below
-- is EXPLAIN ANALYZE as the application role, under row-level security, on bench/segment-preview's data.
--
-- customers_recent_visit_idx: the preview's sample (5 matching customers, most recent visit first: ORDER BY
-- last_visit_at DESC NULLS LAST, id). customers_last_visit_idx (business_id, last_visit_at) cannot give that
-- order (read backwards it puts the never-visited first), so every preview sorted all of its matches: a
-- parallel seq scan and top-N sort, 140 ms for "5 or more visits". With this index the walk stops at the
-- fifth match: 0.1 ms ("5 or more visits", "birthday in February"), 6 ms ("vip and visited in 30 days, or
-- at most 1 visit", one customer in 200). For a rare condition the planner still picks another index or a
-- scan (joined in the last 30 days: customers_business_created_idx, 0.2 ms). It serves every range on
-- last_visit_at as well (RFM "lost": index-only scan; the customers list's last-visit filter), so it
-- replaces customers_last_visit_idx instead of giving each visit one more index entry to write.
--
-- customers_visit_count_idx: exact counts of a selective visit condition (saving a segment, its count in the
-- list, the exact preview): "38 or more visits" (50,349 of 1,000,000) from a 140 ms seq scan to a 2.7 ms
-- index-only scan; a broad one ("5 or more", 875,210) from 138 to 97 ms.
--
-- Not added: an index on extract(month from birthday) and a per-business GIN on tags. The application role
-- could not use them: under row-level security PostgreSQL uses an index only for leakproof operators, and
-- extract() and array @> are not (only a superuser may mark a function leakproof). EXPLAIN as the app role
-- shows a seq scan with a filter even with the expression index in place (the owner's plan uses it, and is
-- no faster: 805 ms bitmap heap scan for 78,320 February birthdays). The capped preview count covers them:
-- 20-30 ms to reach 10,000 matches. customers_business_created_idx already serves "joined ..." conditions.
CREATE INDEX customers_recent_visit_idx ON customers (business_id, last_visit_at DESC NULLS LAST, id);
DROP INDEX customers_last_visit_idx;
CREATE INDEX customers_visit_count_idx ON customers (business_id, visit_count);
