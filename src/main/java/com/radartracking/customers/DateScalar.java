package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Calendar dates without time or zone (birthdays), ISO-8601 {@code YYYY-MM-DD}. */
@DgsScalar(name = "Date")
class DateScalar implements Coercing<LocalDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        throw new CoercingSerializeException("Not a date: " + value);
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
        try {
            return LocalDate.parse(String.valueOf(input));
        } catch (DateTimeParseException e) {
            throw new CoercingParseValueException("Expected a date as YYYY-MM-DD, got: " + input);
        }
    }

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue string) {
            try {
                return LocalDate.parse(string.getValue());
            } catch (DateTimeParseException e) {
                throw new CoercingParseLiteralException("Expected a date as YYYY-MM-DD");
            }
        }
        throw new CoercingParseLiteralException("Expected a string");
    }
}
