package com.radartracking.push.sending;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.PushReach;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PushReach} in one statement over the customers (plus the settings read): the consent and device
 * facts fan-out tests ({@link Fanout}), and its frequency-cap rule (a customer is at the cap when
 * {@code cap} messages, a send counting once, fall within the window before {@code at}).
 */
@Component
class PushReachQuery implements PushReach {

    private final NamedParameterJdbcTemplate jdbc;
    private final PushSettingsStore settings;
    private final Fanout fanout;

    PushReachQuery(NamedParameterJdbcTemplate jdbc, PushSettingsStore settings, Fanout fanout) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.fanout = fanout;
    }

    @Override
    @Transactional(readOnly = true)
    public Reach reach(String customerCondition, Map<String, ?> params, Instant at, int sampleSize) {
        PushSettings current = settings.current();
        MapSqlParameterSource values = new MapSqlParameterSource(new HashMap<>(params))
                .addValue("r_business", TenantContext.require())
                .addValue("r_freshSince", Timestamp.from(Instant.now().minus(fanout.staleAfter())))
                .addValue("r_at", Timestamp.from(at))
                .addValue("r_sample", sampleSize);
        String cappedSql = "false";
        if (current.frequencyCap() != null) {
            values.addValue("r_cap", current.frequencyCap())
                    .addValue("r_windowSeconds", current.frequencyCapWindow().toSeconds());
            cappedSql = """
                    (select count(*) from (select 1 from notifications n
                                            where n.business_id = :r_business and n.customer_id = f.id
                                              and n.status in ('QUEUED', 'SENDING', 'SENT')
                                            group by coalesce(n.send_id, n.id)
                                           having min(coalesce(n.sent_at, n.due_at))
                                                  > cast(:r_at as timestamptz) - make_interval(secs => :r_windowSeconds)) m
                    ) >= :r_cap""";
        }
        Map<String, Object> row = jdbc.queryForMap("""
                with facts as (
                    select c.id, c.last_visit_at,
                           exists (select 1 from consents k where k.business_id = :r_business and k.customer_id = c.id
                                      and k.type = 'PUSH' and k.granted) as consent,
                           exists (select 1 from device_tokens d where d.business_id = :r_business
                                      and d.customer_id = c.id and d.deactivated_at is null) as has_device,
                           exists (select 1 from device_tokens d where d.business_id = :r_business
                                      and d.customer_id = c.id and d.deactivated_at is null
                                      and d.refreshed_at >= :r_freshSince) as has_fresh
                      from customers c where %s
                ), reach as (
                    select f.id, f.last_visit_at, f.consent, f.has_device, f.has_fresh,
                           f.consent and f.has_fresh as reachable,
                           case when f.consent and f.has_fresh then %s else false end as capped
                      from facts f
                )
                select count(*) as customers,
                       count(*) filter (where reachable) as reachable,
                       count(*) filter (where not consent) as no_consent,
                       count(*) filter (where consent and not has_device) as no_device,
                       count(*) filter (where consent and has_device and not has_fresh) as stale,
                       count(*) filter (where capped) as capped,
                       (select array_agg(s.id) from (select r.id from reach r where r.reachable
                                                      order by r.last_visit_at desc nulls last, r.id
                                                      limit :r_sample) s) as sample
                  from reach""".formatted(customerCondition, cappedSql), values);
        int reachable = number(row.get("reachable"));
        int capped = number(row.get("capped"));
        QuietHours quiet = current.quietHours();
        int quietCount = quiet != null && quiet.isQuiet(at) ? reachable - capped : 0;
        Map<String, Integer> heldBack = new LinkedHashMap<>();
        put(heldBack, "NO_CONSENT", number(row.get("no_consent")));
        put(heldBack, "NO_DEVICE", number(row.get("no_device")));
        put(heldBack, "STALE_TOKEN", number(row.get("stale")));
        put(heldBack, "FREQUENCY_CAP", capped);
        put(heldBack, "QUIET_HOURS", quietCount);
        return new Reach(number(row.get("customers")), reachable, heldBack, ids(row.get("sample")));
    }

    private static List<UUID> ids(Object array) {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((UUID[]) ((Array) array).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Map<String, Integer> counts, String reason, int count) {
        if (count > 0) {
            counts.put(reason, count);
        }
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
