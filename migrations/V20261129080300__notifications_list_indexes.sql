-- The panel's notification lists are keyset pages, newest first: a business's notifications, and one
-- send's (whose rows all carry the send's created_at, so within a send the order is by id). Without
-- these a first page of a million-row business or send sorts every row.
CREATE INDEX notifications_business_created_idx ON notifications (business_id, created_at DESC, id DESC);
CREATE INDEX notifications_send_created_idx ON notifications (send_id, created_at DESC, id DESC);
