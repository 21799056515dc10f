package com.radartracking.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every module's exception type. Carries the client-facing code and optional extra
 * extensions (field name, retry-after...). Mapped once, in {@link GraphQlErrorHandler} and
 * {@link RestErrorHandler}.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> extensions;

    public DomainException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public DomainException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(message);
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extensions for the client, always including {@code code}. */
    public Map<String, Object> extensions() {
        Map<String, Object> all = new LinkedHashMap<>(extensions);
        all.put("code", code.name());
        return all;
    }

    public static DomainException notFound(String entity, Object id) {
        return new DomainException(ErrorCode.NOT_FOUND, entity + " not found: " + id);
    }

    public static DomainException badInput(String field, String message) {
        return new DomainException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.FORBIDDEN, message);
    }

    public static DomainException unauthenticated() {
        return new DomainException(ErrorCode.UNAUTHENTICATED, "Authentication required");
    }
}
