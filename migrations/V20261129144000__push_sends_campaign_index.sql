-- A campaign's funnel reads its sends over a period (their skips and the notifications still held back);
-- without this a business's sends are scanned and filtered by campaign (push_sends_business_idx has none).
CREATE INDEX push_sends_campaign_idx ON push_sends (business_id, campaign_id, created_at)
    WHERE campaign_id IS NOT NULL;
