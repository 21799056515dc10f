package com.radartracking.platform.graphql;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** ISO-8601 instants with offset (RFC 3339), always serialised in UTC. */
@DgsScalar(name = "DateTime")
class DateTimeScalar implements Coercing<Instant, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant().toString();
        }
        throw new CoercingSerializeException("Not a date-time: " + value);
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
        try {
            return OffsetDateTime.parse(String.valueOf(input)).toInstant();
        } catch (DateTimeParseException e) {
            throw new CoercingParseValueException("Expected an ISO-8601 date-time with offset, got: " + input);
        }
    }

    @Override
    public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue string) {
            try {
                return OffsetDateTime.parse(string.getValue()).toInstant();
            } catch (DateTimeParseException e) {
                throw new CoercingParseLiteralException("Expected an ISO-8601 date-time with offset");
            }
        }
        throw new CoercingParseLiteralException("Expected a string");
    }
}
