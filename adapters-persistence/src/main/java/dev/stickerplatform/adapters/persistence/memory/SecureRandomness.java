package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.Randomness;
import java.security.SecureRandom;

/** Production {@link Randomness}: the platform's default {@link SecureRandom}, safe for nonces and keys. */
public final class SecureRandomness implements Randomness {
    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] bytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return random.nextLong(bound);
    }
}
