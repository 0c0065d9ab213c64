package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** How queued writes are grouped into JDBC batches: each aggregate's writes stay in their order. */
class ReadModelWritesTest {

    private static final String INSERT = "insert";
    private static final String UPDATE = "update";

    private final List<String> sent = new ArrayList<>();
    private final ReadModelWrites writes = new ReadModelWrites(recordingJdbc());

    @Test
    void the_same_statement_of_different_aggregates_goes_in_one_batch() {
        apply(write("a", INSERT, "a1"), write("b", INSERT, "b1"), write("c", INSERT, "c1"));

        assertThat(sent).containsExactly("insert [a1, b1, c1]");
    }

    @Test
    void a_write_never_moves_before_an_earlier_write_of_its_aggregate() {
        apply(write("a", INSERT, "a1"), write("a", UPDATE, "a2"), write("b", INSERT, "b1"),
                write("a", INSERT, "a3"), write("b", UPDATE, "b2"));

        assertThat(sent).containsExactly("insert [a1, b1]", "update [a2, b2]", "insert [a3]");
    }

    @Test
    void an_aggregate_without_earlier_writes_joins_the_latest_batch_of_its_statement() {
        apply(write("a", INSERT, "a1"), write("a", UPDATE, "a2"), write("a", INSERT, "a3"),
                write("b", INSERT, "b1"), write("b", UPDATE, "b2"));

        assertThat(sent).containsExactly("insert [a1]", "update [a2]", "insert [a3, b1]", "update [b2]");
    }

    @Test
    void the_writes_of_one_event_stay_in_their_order() {
        writes.applyAll(List.of(event("a")), event -> {
            writes.write(UPDATE, "a1");
            writes.write(INSERT, "a2");
        });

        assertThat(sent).containsExactly("update [a1]", "insert [a2]");
    }

    @Test
    void an_upsert_of_a_row_already_in_the_latest_batch_of_its_statement_starts_a_new_batch() {
        writes.applyAll(List.of(event("a"), event("b"), event("a")), event -> writes.upsert(
                event.aggregateId(), INSERT, event.aggregateId() + sent.size()));

        assertThat(sent).containsExactly("insert [a0, b0]", "insert [a0]");
    }

    @Test
    void upserts_of_different_rows_of_one_aggregate_share_a_batch() {
        int[] next = {0};
        writes.applyAll(List.of(event("a"), event("a")), event -> {
            String row = "a" + next[0]++;
            writes.upsert(row, INSERT, row);
        });

        assertThat(sent).containsExactly("insert [a0, a1]");
    }

    @Test
    void a_write_outside_a_batch_is_refused() {
        assertThatThrownBy(() -> writes.write(INSERT, "x")).isInstanceOf(IllegalStateException.class);
    }

    private record Write(String aggregate, String sql, String param) {
    }

    private static Write write(String aggregate, String sql, String param) {
        return new Write(aggregate, sql, param);
    }

    private void apply(Write... queued) {
        List<EventEnvelope<Record>> events = Arrays.stream(queued).map(write -> event(write.aggregate())).toList();
        int[] next = {0};
        writes.applyAll(events, event -> {
            Write write = queued[next[0]++];
            writes.write(write.sql(), write.param());
        });
    }

    private static EventEnvelope<Record> event(String aggregate) {
        return new EventEnvelope<>("e-" + aggregate, "ClassCompletedEvent", "1", aggregate, 0,
                Instant.parse("2026-02-01T02:00:00Z"), new ClassCompletedEvent(aggregate, "p1"));
    }

    /** Tells each batch sent as its statement and the first parameter of each of its rows. */
    private JdbcTemplate recordingJdbc() {
        return new JdbcTemplate() {
            @Override
            public int[] batchUpdate(String sql, List<Object[]> rows) {
                sent.add(sql + " " + rows.stream().map(row -> row[0]).toList());
                return new int[rows.size()];
            }
        };
    }
}
