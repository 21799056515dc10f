package com.radartracking.push;

import java.util.List;
import java.util.Map;

/**
 * The push pipeline's rules for a message written now and sent later (a campaign's, kept until its run), so
 * a module that stores messages refuses at save time exactly what fan-out would refuse when sending: title
 * 1–200 and body 1–2,000 characters, known placeholders only, an https image URL, a deep link of at most
 * 2,048 characters, at most 20 data entries with keys FCM accepts, and the 4 KB FCM payload with every
 * placeholder at its longest value (recipients are not known yet).
 */
public interface PushMessageChecks {

    /** What is wrong with the message; empty when the pipeline would accept it. {@code data} may be null. */
    List<Problem> check(String title, String body, String imageUrl, String deepLink, Map<String, String> data);

    /**
     * @param field  the message's field at fault: title, body, imageUrl, deepLink, data, or message (its size)
     * @param reason a stable code: EMPTY, TOO_LONG, UNKNOWN_PLACEHOLDER, NOT_HTTPS, TOO_MANY_ENTRIES,
     *               INVALID_KEY, RESERVED_KEY, VALUE_TOO_LONG, PAYLOAD_TOO_LARGE
     */
    record Problem(String field, String reason, String message) {
    }
}
