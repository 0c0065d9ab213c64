package cn.workerspalace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Keys are kept for their retention (survives restarts: they live in the database), then forgotten. */
@SpringBootTest(classes = IdempotencyKeyPurgeTest.class, properties = "spring.flyway.locations=classpath:db/platform")
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class})
class IdempotencyKeyPurgeTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void keys_older_than_the_retention_are_forgotten_and_younger_ones_kept() {
        Instant now = Instant.parse("2026-03-02T12:00:00Z");
        insertKey("old", now.minus(Duration.ofHours(25)));
        insertKey("young", now.minus(Duration.ofHours(23)));
        IdempotencyKeyPurge purge = new IdempotencyKeyPurge(new IdempotentRequests(jdbc),
                new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(10)), Clock.fixed(now, ZoneOffset.UTC));

        assertThat(purge.purge()).isEqualTo(1);
        assertThat(jdbc.sql("select idempotency_key from idempotent_request").query(String.class).list())
                .containsExactly("young");
    }

    private void insertKey(String key, Instant claimedAt) {
        jdbc.sql("insert into idempotent_request (idempotency_key, fingerprint, claimed_at, status) values (?, 'f', ?, 201)")
                .params(key, java.sql.Timestamp.from(claimedAt))
                .update();
    }
}
