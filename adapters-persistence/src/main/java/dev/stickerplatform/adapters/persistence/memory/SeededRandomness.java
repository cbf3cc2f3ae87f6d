package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.Randomness;
import java.util.Random;

/**
 * Deterministic {@link Randomness} for tests and reproducible simulations: the same seed gives the same sequence
 * (when called from one thread). Never for production: its output is predictable.
 */
public final class SeededRandomness implements Randomness {
    private final Random random;

    public SeededRandomness(long seed) {
        this.random = new Random(seed);
    }

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
