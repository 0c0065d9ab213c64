package cn.workerspalace.enrollment.worker.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
    private static final SecretKey OTHER_KEY = new SecretKeySpec(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32}, "AES");
    private static final byte[] ID_NUMBER = "11010519491231002X".getBytes(StandardCharsets.UTF_8);
    private static final byte[] WORKER = "worker-1".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_sealed_value_opens_with_its_key_and_associated_data() {
        byte[] sealed = AesGcm.seal(KEY, ID_NUMBER, WORKER);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("11010519491231002X");
        assertThat(AesGcm.open(KEY, sealed, WORKER)).isEqualTo(ID_NUMBER);
    }

    @Test
    void sealing_twice_gives_different_ciphertexts() {
        assertThat(AesGcm.seal(KEY, ID_NUMBER, WORKER)).isNotEqualTo(AesGcm.seal(KEY, ID_NUMBER, WORKER));
    }

    @Test
    void a_sealed_value_does_not_open_with_another_key_or_for_another_worker() {
        byte[] sealed = AesGcm.seal(KEY, ID_NUMBER, WORKER);

        assertThatThrownBy(() -> AesGcm.open(OTHER_KEY, sealed, WORKER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AesGcm.open(KEY, sealed, "worker-2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void personal_data_prints_masked() {
        assertThat(new PersonalData("张伟", "11010519491231002X", "13812345678").toString())
                .doesNotContain("张伟", "11010519491231002X", "13812345678")
                .contains("110105********002X", "138****5678");
    }
}
