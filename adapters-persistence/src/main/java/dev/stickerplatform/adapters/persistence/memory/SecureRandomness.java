package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.Randomness;
import java.security.SecureRandom;

/** Production {@link Randomness}: the platform's default {@link SecureRandom}, safe for nonces and keys. */
public final class SecureRandomness extends JdkRandomness {
    public SecureRandomness() {
        super(new SecureRandom());
    }
}
