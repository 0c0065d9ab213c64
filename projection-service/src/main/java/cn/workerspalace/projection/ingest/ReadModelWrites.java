package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
@Component
public class ReadModelWrites {

    private final JdbcTemplate jdbc;
    private final ThreadLocal<Schedule> current = new ThreadLocal<>();

    ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a write of the event being applied; {@code params} are bound to the statement's {@code ?} in order. */
    public void write(String sql, Object... params) {
        Schedule schedule = current.get();
        if (schedule == null) {
            throw new IllegalStateException("a read model write outside the application of a batch");
        }
        schedule.add(sql, params);
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
            jdbc.batchUpdate(statement.sql(), statement.rows());
        }
    }

    /** One statement and the rows it is executed with, in order. */
    private record Statement(String sql, List<Object[]> rows) {
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

        void add(String sql, Object[] params) {
            Integer candidate = latestOfSql.get(sql);
            int earliest = latestOfAggregate.getOrDefault(aggregate, 0);
            int index;
            if (candidate != null && candidate >= earliest) {
                index = candidate;
            } else {
                index = statements.size();
                statements.add(new Statement(sql, new ArrayList<>()));
                latestOfSql.put(sql, index);
            }
            statements.get(index).rows().add(params);
            latestOfAggregate.put(aggregate, index);
        }
    }
}
