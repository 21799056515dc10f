package com.radartracking.push.gateway.json;

import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonParser;
import com.google.api.client.json.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** google-http-client's parser over a Jackson one: every call delegates (see {@link PooledJacksonFactory}). */
final class PooledJacksonParser extends JsonParser {

    private final PooledJacksonFactory factory;
    private final com.fasterxml.jackson.core.JsonParser parser;

    PooledJacksonParser(PooledJacksonFactory factory, com.fasterxml.jackson.core.JsonParser parser) {
        this.factory = factory;
        this.parser = parser;
    }

    @Override
    public JsonFactory getFactory() {
        return factory;
    }

    /** Also gives the parser's buffers back to the pool. */
    @Override
    public void close() throws IOException {
        parser.close();
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return token(parser.nextToken());
    }

    @Override
    public JsonToken getCurrentToken() {
        return token(parser.currentToken());
    }

    @Override
    public String getCurrentName() throws IOException {
        return parser.currentName();
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        parser.skipChildren();
        return this;
    }

    @Override
    public String getText() throws IOException {
        return parser.getText();
    }

    @Override
    public byte getByteValue() throws IOException {
        return parser.getByteValue();
    }

    @Override
    public short getShortValue() throws IOException {
        return parser.getShortValue();
    }

    @Override
    public int getIntValue() throws IOException {
        return parser.getIntValue();
    }

    @Override
    public float getFloatValue() throws IOException {
        return parser.getFloatValue();
    }

    @Override
    public long getLongValue() throws IOException {
        return parser.getLongValue();
    }

    @Override
    public double getDoubleValue() throws IOException {
        return parser.getDoubleValue();
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        return parser.getBigIntegerValue();
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        return parser.getDecimalValue();
    }

    static JsonToken token(com.fasterxml.jackson.core.JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY -> JsonToken.START_ARRAY;
            case END_ARRAY -> JsonToken.END_ARRAY;
            case START_OBJECT -> JsonToken.START_OBJECT;
            case END_OBJECT -> JsonToken.END_OBJECT;
            case FIELD_NAME -> JsonToken.FIELD_NAME;
            case VALUE_STRING -> JsonToken.VALUE_STRING;
            case VALUE_NUMBER_INT -> JsonToken.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT -> JsonToken.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE -> JsonToken.VALUE_TRUE;
            case VALUE_FALSE -> JsonToken.VALUE_FALSE;
            case VALUE_NULL -> JsonToken.VALUE_NULL;
            default -> JsonToken.NOT_AVAILABLE;
        };
    }
}
