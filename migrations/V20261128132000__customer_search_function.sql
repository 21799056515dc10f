-- Customer search through the trigram and tag indexes.
--
-- Under row-level security PostgreSQL may not evaluate a query's own conditions before the policy unless
-- their operators are LEAKPROOF, and LIKE (textlike) and array containment (@>) are not: the planner
-- cannot use customers_search_trgm or customers_tags_gin for the application role, and reads every row
-- of the business instead. This definer function runs as the owner, applies the tenant itself
-- (current_business_id(), the same setting the policies use, so it returns nothing without a tenant),
-- and hands back only ids; the caller then reads those rows under row-level security as usual.
-- customers therefore stays ENABLE (not FORCE) row-level security, like the foundation's tables: the
-- owner must be exempt for the function to use the indexes.
ALTER TABLE customers NO FORCE ROW LEVEL SECURITY;

-- The statement the search runs, with the words and tags as literals so that every call is planned for
-- its own values (a rare word uses the index, a common one may not). Exposed for tests and EXPLAIN.
-- p_patterns are LIKE patterns on the lower-cased search_text; p_tags must all be present.
CREATE FUNCTION customer_search_sql(p_patterns text[], p_tags text[]) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = public
AS $$
DECLARE
    statement text := 'SELECT c.id FROM customers c WHERE c.business_id = current_business_id()';
    pattern text;
BEGIN
    FOREACH pattern IN ARRAY coalesce(p_patterns, '{}') LOOP
        statement := statement || format(' AND c.search_text LIKE %L', pattern);
    END LOOP;
    IF cardinality(coalesce(p_tags, '{}')) > 0 THEN
        statement := statement || format(' AND c.tags @> %L::text[]', p_tags);
    END IF;
    RETURN statement;
END $$;

CREATE FUNCTION customer_search_ids(p_patterns text[], p_tags text[]) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 100
AS $$
BEGIN
    IF current_business_id() IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE customer_search_sql(p_patterns, p_tags);
END $$;

REVOKE ALL ON FUNCTION customer_search_sql(text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION customer_search_ids(text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer_search_ids(text[], text[]) TO ${appRole};
