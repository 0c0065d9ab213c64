package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two traps of Axon on PostgreSQL named in the issue: payload and token columns as {@code oid} large objects
 * instead of {@code bytea}, and a pooled sequence handing out global indexes 50 at a time.
 */
class EventStoreSchemaTest extends IntegrationTest {

    @Test
    void axon_payload_metadata_and_token_columns_are_bytea() {
        List<String> types = jdbc.sql("""
                        SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
                        WHERE table_schema = current_schema()
                          AND (table_name, column_name) IN (('domainevententry', 'payload'),
                              ('domainevententry', 'metadata'), ('snapshotevententry', 'payload'),
                              ('snapshotevententry', 'metadata'), ('tokenentry', 'token'))
                        ORDER BY 1""")
                .query(String.class).list();

        assertThat(types).containsExactly(
                "domainevententry.metadata bytea",
                "domainevententry.payload bytea",
                "snapshotevententry.metadata bytea",
                "snapshotevententry.payload bytea",
                "tokenentry.token bytea");
    }

    @Test
    void consecutive_events_get_consecutive_global_indexes() {
        String palaceId = cityPalace();
        for (int servicePoint = 1; servicePoint <= 3; servicePoint++) {
            assertThat(api().post("/api/palaces/" + palaceId + "/service-points", """
                    {"name": "站 %d", "address": "路 %d 号"}""".formatted(servicePoint, servicePoint)).status())
                    .isEqualTo(201);
        }

        List<Long> indexes = jdbc.sql(
                        "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? ORDER BY globalindex")
                .param(palaceId).query(Long.class).list();

        assertThat(indexes).hasSize(4);
        long first = indexes.get(0);
        assertThat(indexes).containsExactly(first, first + 1, first + 2, first + 3);
    }

    @Test
    void the_global_index_sequence_steps_by_one_without_caching() {
        List<String> sequences = jdbc.sql("""
                        SELECT increment_by || '/' || cache_size FROM pg_sequences
                        WHERE sequencename = 'domainevententry_globalindex_seq'""")
                .query(String.class).list();

        assertThat(sequences).containsExactly("1/1");
    }
}
