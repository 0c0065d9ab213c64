package cn.workerspalace.contracts.enrollment;

/**
 * A worker's personal data as it is stored and published: each value is the Base64 of a 12-byte nonce followed by
 * its AES-256-GCM ciphertext and tag, under the worker's data key with the worker id as associated data. Once the
 * key is destroyed the values can no longer be read by anyone.
 */
public record SealedPersonalData(String name, String idNumber, String phone) {
}
