package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.DeliveryResult;
import com.radartracking.push.gateway.OutgoingPush;
import com.radartracking.push.gateway.PushGateway;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A PushGateway for the dispatcher's tests: answers by token (a test names its tokens after the answer it
 * wants), SENT for any other token (rows other tests left in the shared database), and counts what it was
 * handed per notification id.
 */
final class ScriptedGateway implements PushGateway {

    private final Map<String, Function<OutgoingPush, DeliveryResult>> byTokenPrefix = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> received = new ConcurrentHashMap<>();
    final Map<UUID, OutgoingPush> lastPush = new ConcurrentHashMap<>();

    ScriptedGateway answer(String tokenPrefix, Function<OutgoingPush, DeliveryResult> answer) {
        byTokenPrefix.put(tokenPrefix, answer);
        return this;
    }

    ScriptedGateway answer(String tokenPrefix, DeliveryResult result) {
        return answer(tokenPrefix, push -> result);
    }

    @Override
    public List<DeliveryResult> send(List<OutgoingPush> batch) {
        return batch.stream().map(push -> {
            received.computeIfAbsent(push.notificationId(), id -> new AtomicInteger()).incrementAndGet();
            lastPush.put(push.notificationId(), push);
            return byTokenPrefix.entrySet().stream().filter(entry -> push.token().startsWith(entry.getKey()))
                    .map(entry -> entry.getValue().apply(push)).findFirst()
                    .orElseGet(() -> DeliveryResult.sent("projects/test/messages/" + push.notificationId()));
        }).toList();
    }

    int receivedCount(UUID notificationId) {
        AtomicInteger count = received.get(notificationId);
        return count == null ? 0 : count.get();
    }

    @Override
    public String describe() {
        return "scripted (tests)";
    }
}
