package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.StoreUnavailableException;

/**
 * {@link Leadership} held as a session-level advisory lock ({@link PostgresListenerLease}): the lock lives with
 * the leader's connection, so when that process dies the database releases it and a stand-by takes over.
 */
public final class PostgresLeadership implements Leadership {
    private final PostgresListenerLease lease;

    public PostgresLeadership(PostgresListenerLease lease) {
        this.lease = lease;
    }

    /** Database trouble counts as "not leading": the listener stands by and tries again. */
    @Override
    public boolean tryLead() {
        try {
            return lease.tryAcquire();
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    @Override
    public boolean isLeading() {
        return lease.isHeld();
    }

    @Override
    public void resign() {
        lease.release();
    }
}
