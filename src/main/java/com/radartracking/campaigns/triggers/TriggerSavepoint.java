package com.radartracking.campaigns.triggers;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL savepoints inside the publisher's transaction: one around an event's audience check and one around each
 * campaign's decision, so a failing statement (which aborts the whole PostgreSQL transaction unless undone)
 * or a message the push pipeline refuses is undone back to it and the ping's or visit's own writes commit as
 * usual. Plain SQL rather than nested Spring transactions: the JPA transaction manager leaves them off, and
 * the decisions run JDBC only. Same approach as GeoPush's, kept apart because modules share no internals.
 */
@Component
class TriggerSavepoint {

    /** The savepoints this package uses (names of their own, apart from GeoPush's). */
    enum Name {
        AUDIENCE("campaign_trigger_audience"), CAMPAIGN("campaign_trigger_campaign");

        private final String sql;

        Name(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    TriggerSavepoint(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Sets the savepoint. Pending JPA changes of the publisher are flushed first, so an undo cannot reach them. */
    void set(Name name) {
        entityManager.flush();
        jdbc.execute("savepoint " + name.sql);
    }

    /** Keeps what was written since {@link #set} (it commits with the transaction). */
    void release(Name name) {
        jdbc.execute("release savepoint " + name.sql);
    }

    /** Undoes everything written since {@link #set}. */
    void undo(Name name) {
        jdbc.execute("rollback to savepoint " + name.sql);
        jdbc.execute("release savepoint " + name.sql);
    }
}
