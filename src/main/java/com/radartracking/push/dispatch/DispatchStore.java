package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.OutgoingPush;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher's only way to the outbox and its queue: the SECURITY DEFINER functions of
 * {@code V20261130000100__push_dispatch_through_queue.sql} (the claim as redefined in {@code
 * V20261130010000__push_claim_resumes_after_key.sql}), one statement per batch each, in autocommit (each
 * call is its own short transaction; no tenant is set, and row-level security still hides every push row
 * from the application role outside these functions).
 */
@Component
public class DispatchStore {

    /** The key the app reads to report a notification received or opened. */
    public static final String NOTIFICATION_ID_KEY = "notificationId";
    public static final String SEND_ID_KEY = "sendId";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public DispatchStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due rows (SENDING, attempts + 1, leased for {@code lease}), in the queue's
     * order, from its head or, given {@code after}, from just after that key.
     */
    public List<ClaimedPush> claim(int limit, Duration lease, boolean asyncCommit, ClaimedPush.QueueKey after) {
        return jdbc.query("select * from push_dispatch_claim(?, ?::interval, ?, ?, ?)", (rs, row) -> claimed(rs),
                limit, lease.toMillis() + " milliseconds", asyncCommit, after == null ? null : after.dueAt(),
                after == null ? null : after.notificationId());
    }

    /** Claims from the head of the queue. */
    public List<ClaimedPush> claim(int limit, Duration lease, boolean asyncCommit) {
        return claim(limit, lease, asyncCommit, null);
    }

    private static ClaimedPush claimed(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID businessId = rs.getObject("business_id", UUID.class);
        UUID sendId = rs.getObject("send_id", UUID.class);
        Map<String, String> data = new LinkedHashMap<>(dataOf(rs.getString("data")));
        data.put(NOTIFICATION_ID_KEY, id.toString());
        if (sendId != null) {
            data.putIfAbsent(SEND_ID_KEY, sendId.toString());
        }
        OutgoingPush push = new OutgoingPush(id, businessId, rs.getString("token"),
                OutgoingPush.TokenKind.valueOf(rs.getString("token_kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("image_url"), Map.copyOf(data));
        return new ClaimedPush(rs.getString("queue_tid"), rs.getObject("queue_due_at", OffsetDateTime.class), id,
                rs.getObject("created_at", OffsetDateTime.class), businessId,
                rs.getObject("customer_id", UUID.class), sendId, rs.getObject("device_token_id", UUID.class),
                rs.getInt("attempts"), push);
    }

    /** FCM data values are strings: text stays as it is, anything else travels as its JSON. */
    static Map<String, String> dataOf(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonNode node = JSON.readTree(json);
        if (!node.isObject()) {
            return Map.of();
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                data.put(field.getKey(), value.isString() ? value.asString() : value.toString());
            }
        }
        return data;
    }

    /** One row's result, as recorded: outcome SENT, RETRY, FAILED, TOKEN_INVALID or SENDER_BLOCKED. */
    public record RowResult(ClaimedPush row, String outcome, String providerMessageId, String errorCode,
            String errorMessage, long retryDelayMillis) {
    }

    /** Records a batch's results in one statement. */
    public RecordSummary record(List<RowResult> results, boolean asyncCommit) {
        if (results.isEmpty()) {
            return RecordSummary.NONE;
        }
        int n = results.size();
        String[] queueTids = new String[n];
        UUID[] ids = new UUID[n];
        String[] created = new String[n];
        Integer[] attempts = new Integer[n];
        String[] outcomes = new String[n];
        String[] providerIds = new String[n];
        String[] codes = new String[n];
        String[] messages = new String[n];
        Long[] retryMillis = new Long[n];
        for (int i = 0; i < n; i++) {
            RowResult result = results.get(i);
            queueTids[i] = result.row().queueTid();
            ids[i] = result.row().id();
            created[i] = result.row().createdAt().toString();
            attempts[i] = result.row().attempts();
            outcomes[i] = result.outcome();
            providerIds[i] = result.providerMessageId();
            codes[i] = result.errorCode();
            messages[i] = result.errorMessage();
            retryMillis[i] = result.retryDelayMillis();
        }
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select * from push_dispatch_record(?, ?, ?::timestamptz[], ?, ?, ?, ?, ?, ?, ?)""")) {
                statement.setArray(1, connection.createArrayOf("text", queueTids));
                statement.setArray(2, connection.createArrayOf("uuid", ids));
                statement.setArray(3, connection.createArrayOf("text", created));
                statement.setArray(4, connection.createArrayOf("int4", attempts));
                statement.setArray(5, connection.createArrayOf("text", outcomes));
                statement.setArray(6, connection.createArrayOf("text", providerIds));
                statement.setArray(7, connection.createArrayOf("text", codes));
                statement.setArray(8, connection.createArrayOf("text", messages));
                statement.setArray(9, connection.createArrayOf("int8", retryMillis));
                statement.setBoolean(10, asyncCommit);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return new RecordSummary(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                }
            }
        });
    }

    /** Gives back claimed rows never handed to the provider (QUEUED again, the attempt not counted). */
    public int release(List<ClaimedPush> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String[] queueTids = rows.stream().map(ClaimedPush::queueTid).toArray(String[]::new);
        UUID[] ids = rows.stream().map(ClaimedPush::id).toArray(UUID[]::new);
        String[] created = rows.stream().map(row -> row.createdAt().toString()).toArray(String[]::new);
        Integer[] attempts = rows.stream().map(ClaimedPush::attempts).toArray(Integer[]::new);
        Integer released = jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select push_dispatch_release(?, ?, ?::timestamptz[], ?)")) {
                statement.setArray(1, connection.createArrayOf("text", queueTids));
                statement.setArray(2, connection.createArrayOf("uuid", ids));
                statement.setArray(3, connection.createArrayOf("text", created));
                statement.setArray(4, connection.createArrayOf("int4", attempts));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        return released == null ? 0 : released;
    }

    /** Completes finished sends and releases the rows of businesses whose block was cleared. */
    public Maintenance maintain(int unparkLimit) {
        return jdbc.queryForObject("select * from push_dispatch_maintain(?)",
                (rs, row) -> new Maintenance(rs.getInt("sends_completed"), rs.getInt("rows_unparked")), unparkLimit);
    }

    public record Maintenance(int sendsCompleted, int rowsUnparked) {
    }

    /** Rows due now (counted up to {@code countCap}) and the oldest due row's wait. */
    public QueueStats queueStats(int countCap) {
        return jdbc.queryForObject("select * from push_dispatch_queue_stats(?)",
                (rs, row) -> new QueueStats(rs.getInt("due"), rs.getDouble("oldest_due_age_seconds")), countCap);
    }

    public record QueueStats(int due, double oldestDueAgeSeconds) {
    }
}
