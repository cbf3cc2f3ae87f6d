/**
 * In-memory implementations of the persistence ports, for the embedded single-process mode and for tests:
 * {@link dev.stickerplatform.adapters.persistence.memory.InMemoryStore} (its repositories a
 * {@code MemoryRepositorySet}, the view a transaction works on an {@code InMemoryTransactionStore}) with its
 * {@link dev.stickerplatform.adapters.persistence.memory.InMemoryMintQueue}, a bounded sliding-window rate limiter,
 * a bounded challenge store, a local content store computing real CIDs, and the two {@code Randomness} sources.
 * Everything is thread-safe and bounded where input comes from the outside.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.persistence.memory;
