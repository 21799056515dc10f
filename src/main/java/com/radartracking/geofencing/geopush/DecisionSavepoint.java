package com.radartracking.geofencing.geopush;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A SQL savepoint around one GeoPush decision, inside the ping's transaction. An error half-way through a
 * decision (PostgreSQL aborts the whole transaction on a failed statement) or a message the push pipeline
 * refuses after the cooldown was claimed is undone back to it, and the ping's own writes commit as usual.
 * Plain SQL rather than a nested Spring transaction: the JPA transaction manager leaves nested transactions
 * off, and the decision runs JDBC only.
 */
@Component
class DecisionSavepoint {

    private static final String NAME = "geopush_decision";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DecisionSavepoint(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Sets the savepoint. Pending JPA changes of the caller are flushed first, so an undo cannot reach them. */
    void set() {
        entityManager.flush();
        jdbc.execute("savepoint " + NAME);
    }

    /** Keeps what the decision wrote (it commits with the transaction). */
    void release() {
        jdbc.execute("release savepoint " + NAME);
    }

    /** Undoes everything written since {@link #set()}. */
    void undo() {
        jdbc.execute("rollback to savepoint " + NAME);
        jdbc.execute("release savepoint " + NAME);
    }
}
