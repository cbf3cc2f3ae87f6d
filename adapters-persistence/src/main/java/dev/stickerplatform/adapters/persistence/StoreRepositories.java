package dev.stickerplatform.adapters.persistence;

import dev.stickerplatform.domain.port.Store;

/** The repositories a store is made of, all bound to one session or transaction. */
public interface StoreRepositories {
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
