package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.adapters.persistence.StoreRepositories;
import dev.stickerplatform.domain.port.Store;

/** The repositories of the store, all bound to one {@link Context}. */
record Repositories(Store.Creators creators, Store.TipJars tipJars, Store.Templates templates, Store.Tips tips,
                    Store.Stickers stickers, Store.MintJobs mintJobs, Store.ListenerCursor listenerCursor,
                    Store.Approvals approvals, Store.Grants grants, Store.StickerTransfers stickerTransfers,
                    Store.OnrampOrders onrampOrders, Store.DeploymentPayments deploymentPayments)
        implements StoreRepositories {

    static Repositories over(Context context, Sequences sequences) {
        return new Repositories(new MemoryCreators(context), new MemoryTipJars(context),
                new MemoryTemplates(context, sequences), new MemoryTips(context),
                new MemoryStickers(context, sequences), new MemoryMintJobs(context),
                new MemoryListenerCursor(context), new MemoryApprovals(context),
                new MemoryGrants(context), new MemoryStickerTransfers(context),
                new MemoryOnrampOrders(context), new MemoryDeploymentPayments(context));
    }
}
