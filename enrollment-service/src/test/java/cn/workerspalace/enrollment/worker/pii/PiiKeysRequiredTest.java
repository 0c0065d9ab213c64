package cn.workerspalace.enrollment.worker.pii;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestPii;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/** Without its keys the service does not start, and says which variable to set; a key is never printed. */
class PiiKeysRequiredTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Keys.class);

    @Test
    void without_a_master_key_the_service_refuses_to_start_naming_the_variable() {
        context.withPropertyValues("palace.pii.digest-key=" + TestPii.DIGEST_KEY)
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("PALACE_PII_MASTER_KEY"));
    }

    @Test
    void without_a_digest_key_the_service_refuses_to_start_naming_the_variable() {
        context.withPropertyValues("palace.pii.master-key=" + TestPii.MASTER_KEY)
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("PALACE_PII_DIGEST_KEY"));
    }

    @Test
    void a_master_key_of_the_wrong_length_is_refused_without_printing_it() {
        String shortKey = "c2hvcnQta2V5LW9mLTE4LWJ5dGVz";
        context.withPropertyValues("palace.pii.master-key=" + shortKey, "palace.pii.digest-key=" + TestPii.DIGEST_KEY)
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("PALACE_PII_MASTER_KEY").hasMessageContaining("32 bytes")
                        .hasMessageNotContaining(shortKey));
    }

    @Test
    void with_both_keys_it_starts() {
        context.withPropertyValues("palace.pii.master-key=" + TestPii.MASTER_KEY,
                        "palace.pii.digest-key=" + TestPii.DIGEST_KEY)
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(IdNumberDigester.class));
    }

    @EnableConfigurationProperties(PiiProperties.class)
    @Import({IdNumberDigester.class, MasterKeyCheck.class})
    static class Keys {
    }

    /** Reads the master key as {@link WorkerDataKeys} does at start-up, without a database. */
    static class MasterKeyCheck {
        MasterKeyCheck(PiiProperties properties) {
            properties.masterKeyBytes();
        }
    }
}
