package com.radartracking.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forward-only reading for exports. Inside a transaction (autocommit off) with a fetch size, the
 * PostgreSQL driver reads the result through a portal {@value #FETCH_SIZE} rows at a time instead of
 * materialising it, so a million-row export holds a few thousand rows at most. The transaction is
 * read-only and REPEATABLE READ: every chunk, and every module's extra columns, see the same snapshot.
 */
@Component
class ExportCursor {

    static final int FETCH_SIZE = 2000;
    /** Rows handed over together, so extra columns cost one query per chunk, not one per row. */
    static final int CHUNK_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    ExportCursor(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs {@code work} in one read-only snapshot transaction under the current tenant. */
    <T> T inSnapshot(Supplier<T> work) {
        return snapshot.execute(status -> work.get());
    }

    /** Streams the query's rows to {@code chunk} in lists of {@link #CHUNK_SIZE}; call inside {@link #inSnapshot}. */
    <R> void forEachChunk(String sql, SqlParameterSource params, RowMapper<R> mapper, Consumer<List<R>> chunk) {
        List<R> buffer = new ArrayList<>(CHUNK_SIZE);
        int[] rowNumber = {0};
        jdbc.query(sql, params, (RowCallbackHandler) rs -> {
            buffer.add(mapper.mapRow(rs, rowNumber[0]++));
            if (buffer.size() == CHUNK_SIZE) {
                chunk.accept(buffer);
                buffer.clear();
            }
        });
        if (!buffer.isEmpty()) {
            chunk.accept(buffer);
        }
    }
}
