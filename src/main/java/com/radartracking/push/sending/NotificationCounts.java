package com.radartracking.push.sending;

/** The GraphQL {@code NotificationCounts} type. */
record NotificationCounts(int total, int queued, int sending, int sent, int failed, int cancelled, int received,
        int opened, int heldBack) {

    static final NotificationCounts ZERO = new NotificationCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The select list computing the counts over {@code notifications n}. */
    static final String SQL = """
            count(*) as total, count(*) filter (where n.status = 'QUEUED') as queued,
            count(*) filter (where n.status = 'SENDING') as sending, count(*) filter (where n.status = 'SENT') as sent,
            count(*) filter (where n.status = 'FAILED') as failed,
            count(*) filter (where n.status = 'CANCELLED') as cancelled,
            count(*) filter (where n.status = 'SENT' and n.received_at is not null) as received,
            count(*) filter (where n.status = 'SENT' and n.opened_at is not null) as opened,
            count(*) filter (where n.status = 'QUEUED' and n.held_reason is not null) as held_back""";

    static NotificationCounts map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NotificationCounts(rs.getInt("total"), rs.getInt("queued"), rs.getInt("sending"), rs.getInt("sent"),
                rs.getInt("failed"), rs.getInt("cancelled"), rs.getInt("received"), rs.getInt("opened"),
                rs.getInt("held_back"));
    }
}
