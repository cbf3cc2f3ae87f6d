package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.Randomness;
import java.util.Random;

/**
 * {@link Randomness} drawn from a JDK {@link Random} (internal): the argument checks and the drawing the two
 * sources share; which generator, secure or seeded, is theirs to say.
 */
abstract sealed class JdkRandomness implements Randomness permits SecureRandomness, SeededRandomness {
    private final Random random;

    JdkRandomness(Random random) {
        this.random = random;
    }

    @Override
    public final byte[] bytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public final long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return random.nextLong(bound);
    }
}
