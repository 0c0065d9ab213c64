package cn.workerspalace.localstack.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataKeysTest {

    @Test
    void a_kept_stack_makes_its_keys_once_readable_by_its_owner_only_and_reads_the_same_ones_back(@TempDir Path data)
            throws IOException {
        Map<String, String> first = PersonalDataKeys.keptIn(data);
        Map<String, String> second = PersonalDataKeys.keptIn(data);

        assertThat(second).isEqualTo(first);
        assertThat(first.keySet()).containsExactlyInAnyOrder("PALACE_PII_MASTER_KEY", "PALACE_PII_DIGEST_KEY");
        assertThat(first.values()).allSatisfy(key -> assertThat(Base64.getDecoder().decode(key)).hasSize(32));
        assertThat(first.get("PALACE_PII_MASTER_KEY")).isNotEqualTo(first.get("PALACE_PII_DIGEST_KEY"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve(PersonalDataKeys.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void a_throwaway_stack_gets_new_keys_every_time() {
        assertThat(PersonalDataKeys.fresh()).isNotEqualTo(PersonalDataKeys.fresh());
    }
}
