package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Exact decimal numbers (money). Serialised as strings so JavaScript clients lose no precision; inputs
 * may be strings or numbers.
 */
@DgsScalar(name = "Decimal")
class DecimalScalar implements Coercing<BigDecimal, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        throw new CoercingSerializeException("Not a decimal: " + value);
    }

    @Override
    public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof BigDecimal decimal) {
            return decimal;
        }
        if (input instanceof Number || input instanceof String) {
            return parse(input.toString(), CoercingParseValueException::new);
        }
        throw new CoercingParseValueException("Expected a decimal number or string, got: " + input);
    }

    @Override
    public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        return switch (input) {
            case StringValue string -> parse(string.getValue(), CoercingParseLiteralException::new);
            case IntValue integer -> new BigDecimal(integer.getValue());
            case FloatValue decimal -> decimal.getValue();
            default -> throw new CoercingParseLiteralException("Expected a decimal number or string");
        };
    }

    private static <E extends RuntimeException> BigDecimal parse(String text, java.util.function.Function<String, E> error) {
        String trimmed = text.trim();
        // Plain notation only, bounded: "1e999999999" must not allocate a huge number.
        if (trimmed.length() > 40 || !trimmed.matches("-?\\d+(\\.\\d+)?")) {
            throw error.apply("Expected a decimal number like 12500.50, got: " + text);
        }
        return new BigDecimal(trimmed);
    }
}
