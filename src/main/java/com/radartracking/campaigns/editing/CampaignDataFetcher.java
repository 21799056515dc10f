package com.radartracking.campaigns.editing;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Campaigns over GraphQL. Every fetcher returns the stored {@link Campaign} record as the {@code Campaign}
 * object, so child fields of any part of the module (its funnel, here its segment and locations) read the
 * same source.
 */
@DgsComponent
class CampaignDataFetcher {

    private final CampaignService campaigns;
    private final GraphQlLimits limits;

    CampaignDataFetcher(CampaignService campaigns, GraphQlLimits limits) {
        this.campaigns = campaigns;
        this.limits = limits;
    }

    /** Newest first; ARCHIVED ones only when asked for. */
    @DgsQuery
    Connection<Campaign> campaigns(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return Connection.of(campaigns.page(page, filter(filter)), page, null,
                row -> PageArgs.encode(row.createdAt(), row.id()), row -> row);
    }

    @DgsQuery
    Campaign campaign(@InputArgument String id) {
        return campaigns.find(Ids.parse("id", id));
    }

    @DgsMutation
    Campaign createCampaign(@InputArgument Map<String, Object> input) {
        return campaigns.create(input);
    }

    @DgsMutation
    Campaign updateCampaign(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return campaigns.update(Ids.parse("id", id), input);
    }

    @DgsMutation
    Campaign activateCampaign(@InputArgument String id) {
        return campaigns.activate(Ids.parse("id", id));
    }

    @DgsMutation
    Campaign pauseCampaign(@InputArgument String id) {
        return campaigns.pause(Ids.parse("id", id));
    }

    @DgsMutation
    Campaign resumeCampaign(@InputArgument String id) {
        return campaigns.resume(Ids.parse("id", id));
    }

    @DgsMutation
    Campaign archiveCampaign(@InputArgument String id) {
        return campaigns.archive(Ids.parse("id", id));
    }

    /** The GraphQL CampaignFilter; naming ARCHIVED in status includes archived ones. */
    @SuppressWarnings("unchecked")
    private static CampaignStore.Filter filter(Map<String, Object> filter) {
        if (filter == null) {
            return new CampaignStore.Filter(List.of(), null, null, false);
        }
        Collection<Object> statuses = (Collection<Object>) filter.get("status");
        List<CampaignStatus> status = statuses == null ? List.of()
                : statuses.stream().map(value -> CampaignStatus.valueOf(value.toString())).toList();
        Object kind = filter.get("kind");
        Object trigger = filter.get("trigger");
        return new CampaignStore.Filter(status, kind == null ? null : CampaignKind.valueOf(kind.toString()),
                trigger == null ? null : TriggerType.valueOf(trigger.toString()),
                Boolean.TRUE.equals(filter.get("includeArchived")));
    }
}
