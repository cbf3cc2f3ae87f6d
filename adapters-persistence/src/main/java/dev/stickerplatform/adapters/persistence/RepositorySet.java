package dev.stickerplatform.adapters.persistence;

import dev.stickerplatform.domain.port.Store;

/**
 * The repositories a store is made of, all bound to one session or transaction: the autocommit set of a store,
 * or the set of one transaction. Implemented by {@code memory.MemoryRepositorySet} and
 * {@code postgres.JdbiRepositorySet}; a {@link RepositorySetStore} hands them out.
 */
public interface RepositorySet {
    Store.Creators creators();

    Store.TipJars tipJars();

    Store.Templates templates();

    Store.Tips tips();

    Store.Stickers stickers();

    Store.MintJobs mintJobs();

    Store.ListenerCursor listenerCursor();

    Store.Approvals approvals();

    Store.Grants grants();

    Store.StickerTransfers stickerTransfers();

    Store.OnrampOrders onrampOrders();

    Store.DeploymentPayments deploymentPayments();
}
