package com.radartracking.campaigns.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The GraphQL {@code CampaignSkipCount}. */
record SkipCount(String reason, int count) {

    /** Known reasons first in {@code order}, then any other (e.g. COOLDOWN) by name; zero counts left out. */
    static List<SkipCount> of(Map<String, Integer> counts, List<String> order) {
        List<SkipCount> list = new ArrayList<>();
        counts.forEach((reason, count) -> {
            if (count != null && count > 0) {
                list.add(new SkipCount(reason, count));
            }
        });
        list.sort(Comparator.comparingInt((SkipCount s) -> rank(order, s.reason())).thenComparing(SkipCount::reason));
        return List.copyOf(list);
    }

    private static int rank(List<String> order, String reason) {
        int index = order.indexOf(reason);
        return index < 0 ? order.size() : index;
    }
}
