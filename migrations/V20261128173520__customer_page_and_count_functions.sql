-- The customers list's page and total when it is searched or filtered by tags, through definer functions.
--
-- customer_search_ids (V20261128132000) makes the trigram and tag indexes usable under row-level
-- security, but the list then joined its ids back and sorted them: a common word ("maría", 50,000 of
-- 1,000,000 customers) fetched every match to keep the newest 21 (450 ms), and the planner, which sees
-- a function of unknown size, could never choose to walk the (business_id, created_at, id) index instead
-- and stop at the 21st match. Here the whole page statement (all the list's conditions, the keyset
-- position, the order and the limit) is planned inside the function with its values as literals, so
-- PostgreSQL picks per call: the trigram index for a rare word, the created_at index for a common one.
-- Measured on 1,000,000 customers as the application role: docs/benchmarks.md.
--
-- Like customer_search_ids, the functions run as the owner (customers is ENABLE, not FORCE, row-level
-- security), apply the tenant themselves (current_business_id(), the setting the policies use; nothing
-- without it), and return only ids or a count: the caller reads the rows under row-level security.
-- The filter is a jsonb object with the keys CustomerQueries sends (all optional): patterns (LIKE
-- patterns on search_text), tags, preferredLocationId, visitedLocationId, lastVisitFrom, lastVisitTo,
-- createdFrom, createdTo (ISO-8601 instants; From inclusive, To exclusive), minVisits, maxVisits.
-- Every value enters the statement through format(%L) and a cast to its type, never as SQL.

CREATE FUNCTION customer_filter_sql(p_filter jsonb) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = public
AS $$
DECLARE
    condition text := 'c.business_id = current_business_id()';
    pattern text;
    tags text[];
BEGIN
    FOR pattern IN SELECT jsonb_array_elements_text(coalesce(p_filter->'patterns', '[]')) LOOP
        condition := condition || format(' AND c.search_text LIKE %L', pattern);
    END LOOP;
    tags := ARRAY(SELECT jsonb_array_elements_text(coalesce(p_filter->'tags', '[]')));
    IF cardinality(tags) > 0 THEN
        condition := condition || format(' AND c.tags @> %L::text[]', tags);
    END IF;
    IF p_filter ? 'preferredLocationId' THEN
        condition := condition || format(' AND c.preferred_location_id = %L::uuid', p_filter->>'preferredLocationId');
    END IF;
    IF p_filter ? 'visitedLocationId' THEN
        condition := condition || format(' AND EXISTS (SELECT 1 FROM visits v WHERE v.business_id = c.business_id'
            ' AND v.customer_id = c.id AND v.location_id = %L::uuid)', p_filter->>'visitedLocationId');
    END IF;
    IF p_filter ? 'lastVisitFrom' THEN
        condition := condition || format(' AND c.last_visit_at >= %L::timestamptz', p_filter->>'lastVisitFrom');
    END IF;
    IF p_filter ? 'lastVisitTo' THEN
        condition := condition || format(' AND c.last_visit_at < %L::timestamptz', p_filter->>'lastVisitTo');
    END IF;
    IF p_filter ? 'createdFrom' THEN
        condition := condition || format(' AND c.created_at >= %L::timestamptz', p_filter->>'createdFrom');
    END IF;
    IF p_filter ? 'createdTo' THEN
        condition := condition || format(' AND c.created_at < %L::timestamptz', p_filter->>'createdTo');
    END IF;
    IF p_filter ? 'minVisits' THEN
        condition := condition || format(' AND c.visit_count >= %L::integer', p_filter->>'minVisits');
    END IF;
    IF p_filter ? 'maxVisits' THEN
        condition := condition || format(' AND c.visit_count <= %L::integer', p_filter->>'maxVisits');
    END IF;
    RETURN condition;
END $$;

-- The page statement: newest first, after the keyset position (both null on the first page).
CREATE FUNCTION customer_page_sql(p_filter jsonb, p_after_created timestamptz, p_after_id uuid, p_limit integer)
    RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = public
AS $$
DECLARE
    statement text := 'SELECT c.id FROM customers c WHERE ' || customer_filter_sql(p_filter);
BEGIN
    IF p_after_created IS NOT NULL THEN
        statement := statement || format(' AND (c.created_at, c.id) < (%L::timestamptz, %L::uuid)',
            p_after_created, p_after_id);
    END IF;
    RETURN statement || format(' ORDER BY c.created_at DESC, c.id DESC LIMIT %s', greatest(p_limit, 0));
END $$;

CREATE FUNCTION customer_page_ids(p_filter jsonb, p_after_created timestamptz, p_after_id uuid, p_limit integer)
    RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 50
AS $$
BEGIN
    IF current_business_id() IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE customer_page_sql(p_filter, p_after_created, p_after_id, p_limit);
END $$;

CREATE FUNCTION customer_count(p_filter jsonb) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    total bigint;
BEGIN
    IF current_business_id() IS NULL THEN
        RETURN 0;
    END IF;
    EXECUTE 'SELECT count(*) FROM customers c WHERE ' || customer_filter_sql(p_filter) INTO total;
    RETURN total;
END $$;

REVOKE ALL ON FUNCTION customer_filter_sql(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION customer_page_sql(jsonb, timestamptz, uuid, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION customer_page_ids(jsonb, timestamptz, uuid, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION customer_count(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer_page_ids(jsonb, timestamptz, uuid, integer) TO ${appRole};
GRANT EXECUTE ON FUNCTION customer_count(jsonb) TO ${appRole};
