package dev.stickerplatform.domain.port;

/** A source of randomness, injected so tests can be deterministic. Production uses a SecureRandom. */
public interface Randomness {
    /** {@code count} random bytes; cryptographically strong in production (nonces are drawn from here). */
    byte[] bytes(int count);

    /** A uniformly distributed long in {@code [0, bound)}; {@code bound} must be positive. */
    long nextLong(long bound);
}
