package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;

/**
 * Signs on behalf of one platform account. Key material never leaves the implementation (memory, HSM, KMS).
 *
 * <p>Contract: {@link #sign(byte[])} returns the 64-byte Ed25519 signature of exactly the given bytes (the
 * chain adapter passes {@code "TX" + msgpack(txn)}), verifiable with {@link #authAddress()}'s public key; it is
 * safe to call from many threads. Failures throw {@link SignerUnavailableException}.
 */
public interface Signer {
    /** The account the signer acts for (the transaction sender). */
    Address address();

    /** The key that actually signs: equal to {@link #address()} unless the account was rekeyed. */
    default Address authAddress() {
        return address();
    }

    byte[] sign(byte[] bytesToSign);
}
