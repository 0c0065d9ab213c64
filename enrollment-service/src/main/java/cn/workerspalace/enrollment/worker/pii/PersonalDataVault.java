package cn.workerspalace.enrollment.worker.pii;

import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Seals a worker's personal data under their own data key (AES-256-GCM, the worker id as associated data) and opens
 * it again while the key exists.
 */
@Component
public class PersonalDataVault {

    private final WorkerDataKeys keys;

    PersonalDataVault(WorkerDataKeys keys) {
        this.keys = keys;
    }

    /** Makes the worker's data key (in the caller's transaction) and seals the data under it. */
    public SealedPersonalData seal(String workerId, PersonalData data) {
        SecretKey key = keys.create(workerId);
        return new SealedPersonalData(seal(key, workerId, data.name()), seal(key, workerId, data.idNumber()),
                seal(key, workerId, data.phone()));
    }

    /** The data in clear, or empty when the worker's key has been destroyed (their personal data was erased). */
    public Optional<PersonalData> open(String workerId, SealedPersonalData sealed) {
        return keys.find(workerId).map(key -> new PersonalData(open(key, workerId, sealed.name()),
                open(key, workerId, sealed.idNumber()), open(key, workerId, sealed.phone())));
    }

    private static String seal(SecretKey key, String workerId, String value) {
        return Base64.getEncoder().encodeToString(AesGcm.seal(key, value.getBytes(StandardCharsets.UTF_8),
                workerId.getBytes(StandardCharsets.UTF_8)));
    }

    private static String open(SecretKey key, String workerId, String value) {
        return new String(AesGcm.open(key, Base64.getDecoder().decode(value), workerId.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }
}
