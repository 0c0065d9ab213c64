package cn.workerspalace.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifierFactoryTest {

    private final IdentifierFactory factory = new TimeOrderedIdentifierFactory();

    @Test
    void axon_finds_the_factory_through_the_service_loader() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
    }

    @Test
    void identifiers_are_distinct_version_7_uuids_across_threads_carrying_their_millisecond() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        long before = System.currentTimeMillis();

        IntStream.range(0, 200_000).parallel().forEach(i -> ids.add(factory.generateIdentifier()));

        long after = System.currentTimeMillis();
        assertThat(ids).hasSize(200_000);
        assertThat(ids).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(before, after);
        });
    }

    @Test
    void an_identifier_of_a_later_millisecond_sorts_after_as_text() throws InterruptedException {
        String earlier = factory.generateIdentifier();
        Thread.sleep(2);
        String later = factory.generateIdentifier();

        assertThat(later).isGreaterThan(earlier);
    }
}
