package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read models' writes. While a batch is applied they are not sent one by one but queued, then sent as a few
 * JDBC batches (one round trip each) of the same statement: a write joins the latest batch of its statement unless
 * an earlier write of the same aggregate was queued after that batch. So the writes of one aggregate (one Kafka key)
 * run in the order they were made, while those of different aggregates, which may arrive interleaved in any way
 * anyway, are regrouped. A handler must therefore only write, never read what it or another handler wrote; a read
 * inside a write (an {@code insert ... select}) sees the rows written before it by its own aggregate.
 * <p>
 * The driver sends a batch of {@code insert ... values} as multi-row inserts ({@code reWriteBatchedInserts}), and
 * PostgreSQL refuses a multi-row {@code on conflict ... do update} that would change one row twice; so an
 * {@link #upsert} of a row already upserted in the latest batch of its statement starts a new batch.
 */
@Component
public class ReadModelWrites {

    private final JdbcTemplate jdbc;
    private final ThreadLocal<Schedule> current = new ThreadLocal<>();

    ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a write of the event being applied; {@code params} are bound to the statement's {@code ?} in order. An
     * {@code insert ... values ... on conflict ... do update} goes through {@link #upsert}.
     */
    public void write(String sql, Object... params) {
        schedule().add(sql, params, null);
    }

    /**
     * Queues an {@code insert ... on conflict ... do update} of the event being applied; {@code row} identifies the
     * row it inserts or updates (the values of its conflict target), equal for the same row.
     */
    public void upsert(Object row, String sql, Object... params) {
        schedule().add(sql, params, Objects.requireNonNull(row, "row"));
    }

    private Schedule schedule() {
        Schedule schedule = current.get();
        if (schedule == null) {
            throw new IllegalStateException("a read model write outside the application of a batch");
        }
        return schedule;
    }

    /**
     * Has {@code apply} handle each event, in order, queuing their writes, then sends the writes in the caller's
     * transaction.
     */
    void applyAll(List<EventEnvelope<Record>> events, Consumer<EventEnvelope<Record>> apply) {
        Schedule schedule = new Schedule();
        current.set(schedule);
        try {
            for (EventEnvelope<Record> event : events) {
                schedule.aggregate(event.aggregateId());
                apply.accept(event);
            }
        } finally {
            current.remove();
        }
        for (Statement statement : schedule.statements) {
            jdbc.batchUpdate(statement.sql, statement.params);
        }
    }

    /** One statement, the parameters it is executed with in order, and the rows its upserts change. */
    private static final class Statement {

        private final String sql;
        private final List<Object[]> params = new ArrayList<>();
        private final Set<Object> upserted = new HashSet<>();

        Statement(String sql) {
            this.sql = sql;
        }

        boolean admits(Object row) {
            return row == null || !upserted.contains(row);
        }

        void add(Object[] values, Object row) {
            params.add(values);
            if (row != null) {
                upserted.add(row);
            }
        }
    }

    /** The writes of one batch in the order they will be sent. */
    private static final class Schedule {

        private final List<Statement> statements = new ArrayList<>();
        private final Map<String, Integer> latestOfSql = new HashMap<>();
        private final Map<String, Integer> latestOfAggregate = new HashMap<>();
        private String aggregate;

        void aggregate(String aggregateId) {
            aggregate = aggregateId == null ? "" : aggregateId;
        }

        /** {@code row}: the row an upsert changes, null for any other write. */
        void add(String sql, Object[] params, Object row) {
            Integer candidate = latestOfSql.get(sql);
            int earliest = latestOfAggregate.getOrDefault(aggregate, 0);
            int index;
            if (candidate != null && candidate >= earliest && statements.get(candidate).admits(row)) {
                index = candidate;
            } else {
                index = statements.size();
                statements.add(new Statement(sql));
                latestOfSql.put(sql, index);
            }
            statements.get(index).add(params, row);
            latestOfAggregate.put(aggregate, index);
        }
    }
}
