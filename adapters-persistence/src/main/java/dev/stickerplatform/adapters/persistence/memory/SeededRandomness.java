package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.Randomness;
import java.util.Random;

/**
 * Deterministic {@link Randomness} for tests and reproducible simulations: the same seed gives the same sequence
 * (when called from one thread). Never for production: its output is predictable.
 */
public final class SeededRandomness extends JdkRandomness {
    public SeededRandomness(long seed) {
        super(new Random(seed));
    }
}
