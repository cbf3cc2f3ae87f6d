/**
 * The persistence ports on PostgreSQL, with JDBI 3 over a HikariCP pool and the schema managed by Flyway
 * ({@code db/migration}): {@link dev.stickerplatform.adapters.persistence.postgres.PostgresStore} (every
 * repository and the unit of work; its repositories a {@code JdbiRepositorySet}, the view a transaction works on
 * a {@code PostgresTransactionStore}; the domain's value types registered on every JDBI by {@code DomainTypes}),
 * {@link dev.stickerplatform.adapters.persistence.postgres.PostgresMintQueue}
 * (claims with {@code FOR UPDATE SKIP LOCKED} and a lease, wake-ups by LISTEN/NOTIFY),
 * {@link dev.stickerplatform.adapters.persistence.postgres.PostgresChallengeStore}, and
 * {@link dev.stickerplatform.adapters.persistence.postgres.PostgresListenerLease} (listener leadership by
 * advisory lock). {@link dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase} opens the pool from
 * a {@link dev.stickerplatform.adapters.persistence.postgres.PostgresConfig}, migrates, and hands them out.
 * Every JDBI/JDBC exception is translated into the exceptions the ports declare.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.persistence.postgres;
