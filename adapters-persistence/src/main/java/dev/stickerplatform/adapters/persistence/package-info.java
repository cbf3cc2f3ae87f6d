/**
 * Persistence adapters: implementations of the store, mint queue, rate limiter, challenge store and content
 * store ports. {@code memory} holds the in-memory ones, which are production code: the embedded default and the
 * reference behaviour every other implementation must match (they all pass the same port contract tests).
 * Technology (JDBI, Jedis, ...) stays inside this module.
 *
 * <p>This package holds what both stores share: {@link dev.stickerplatform.adapters.persistence.RepositorySet}
 * (the repositories bound to one session or transaction) and
 * {@link dev.stickerplatform.adapters.persistence.RepositorySetStore} (the base class that hands them out as a
 * {@code Store}).
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.persistence;
