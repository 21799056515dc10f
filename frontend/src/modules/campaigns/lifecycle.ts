import type { CampaignStatus } from "@/gql/graphql";

// What an Admin may do to a campaign in each status (campaigns.graphqls): activate a DRAFT, pause a
// SCHEDULED or ACTIVE one, resume a PAUSED one, archive anything not archived yet. Each asks first.

export type LifecycleAction = "activate" | "pause" | "resume" | "archive";

export function actionsFor(status: CampaignStatus): LifecycleAction[] {
  switch (status) {
    case "DRAFT":
      return ["activate", "archive"];
    case "SCHEDULED":
    case "ACTIVE":
      return ["pause", "archive"];
    case "PAUSED":
      return ["resume", "archive"];
    case "COMPLETED":
      return ["archive"];
    default:
      return [];
  }
}

/** The dry run matters before it sends (draft, paused, scheduled); afterwards the funnel tells. */
export function showsDryRun(status: CampaignStatus): boolean {
  return status === "DRAFT" || status === "PAUSED" || status === "SCHEDULED";
}

/** A draft has sent nothing, so it has no funnel yet. */
export function showsFunnel(status: CampaignStatus): boolean {
  return status !== "DRAFT";
}
