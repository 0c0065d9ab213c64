package cn.workerspalace.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class ThreadLocalRandomIdentifierFactoryTest {

    @Test
    void axon_finds_the_factory_through_the_service_loader() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(ThreadLocalRandomIdentifierFactory.class);
    }

    @Test
    void identifiers_are_distinct_version_4_uuids_across_threads() {
        IdentifierFactory factory = new ThreadLocalRandomIdentifierFactory();
        Set<String> ids = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 200_000).parallel().forEach(i -> ids.add(factory.generateIdentifier()));

        assertThat(ids).hasSize(200_000);
        assertThat(ids).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
        });
    }
}
