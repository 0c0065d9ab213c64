package cn.workerspalace.localstack.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The keys enrollment-service protects personal data with (PALACE_PII_MASTER_KEY wraps each worker's data key,
 * PALACE_PII_DIGEST_KEY keys the ID number digests). The repository holds none: a kept stack makes both on its first
 * start in {@code <data directory>/personal-data-keys.properties}, readable by its owner only, and reads them back
 * on later starts (another key would make the kept data unreadable); a throwaway stack makes fresh ones in memory.
 */
final class PersonalDataKeys {

    static final String MASTER_KEY = "PALACE_PII_MASTER_KEY";
    static final String DIGEST_KEY = "PALACE_PII_DIGEST_KEY";
    static final String FILE_NAME = "personal-data-keys.properties";

    private PersonalDataKeys() {
    }

    /** New random keys, as environment variables. */
    static Map<String, String> fresh() {
        return Map.of(MASTER_KEY, randomKey(), DIGEST_KEY, randomKey());
    }

    /** The keys kept in the data directory, made there (mode 600) on first use. */
    static Map<String, String> keptIn(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties keys = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                keys.load(in);
            }
            String master = keys.getProperty(MASTER_KEY);
            String digest = keys.getProperty(DIGEST_KEY);
            if (master == null || digest == null) {
                throw new StackException(file + " lacks " + MASTER_KEY + " or " + DIGEST_KEY
                        + "; restore it from a backup (without it the kept personal data cannot be read)");
            }
            return Map.of(MASTER_KEY, master, DIGEST_KEY, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<String, String> fresh = fresh();
        Properties keys = new Properties();
        keys.putAll(fresh);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            keys.store(out, "enrollment-service's personal-data keys for this local stack: keep them with the data, "
                    + "never commit them");
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
