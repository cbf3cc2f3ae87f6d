package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.adapters.persistence.RepositorySet;
import dev.stickerplatform.domain.port.Store;

/**
 * The in-memory {@link RepositorySet}: the {@code Memory*} repositories, all bound to one {@link Context} (the
 * committed tables of {@link InMemoryStore}, or the staged ones of an {@link InMemoryTransactionStore}).
 */
record MemoryRepositorySet(Store.Creators creators, Store.TipJars tipJars, Store.Templates templates, Store.Tips tips,
                    Store.Stickers stickers, Store.MintJobs mintJobs, Store.ListenerCursor listenerCursor,
                    Store.Approvals approvals, Store.Grants grants, Store.StickerTransfers stickerTransfers,
                    Store.OnrampOrders onrampOrders, Store.DeploymentPayments deploymentPayments)
        implements RepositorySet {

    static MemoryRepositorySet over(Context context, Sequences sequences) {
        return new MemoryRepositorySet(new MemoryCreators(context), new MemoryTipJars(context),
                new MemoryTemplates(context, sequences), new MemoryTips(context),
                new MemoryStickers(context, sequences), new MemoryMintJobs(context),
                new MemoryListenerCursor(context), new MemoryApprovals(context),
                new MemoryGrants(context), new MemoryStickerTransfers(context),
                new MemoryOnrampOrders(context), new MemoryDeploymentPayments(context));
    }
}
