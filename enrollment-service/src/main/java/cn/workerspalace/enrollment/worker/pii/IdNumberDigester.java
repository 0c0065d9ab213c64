package cn.workerspalace.enrollment.worker.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The keyed digest (HMAC-SHA256) under which a national ID number is compared for uniqueness. Keyed, because a
 * plain hash of an 18-digit number with a known structure is reversed by brute force in minutes.
 */
@Component
public class IdNumberDigester {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    IdNumberDigester(PiiProperties properties) {
        this.key = new SecretKeySpec(properties.digestKeyBytes(), ALGORITHM);
    }

    public String digest(String idNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(IdNumbers.normalize(idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
