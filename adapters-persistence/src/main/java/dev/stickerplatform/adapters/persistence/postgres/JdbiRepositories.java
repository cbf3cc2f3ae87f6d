package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.StoreRepositories;
/** The repositories of one {@link Session}: the autocommit one of the store, or a transaction's. */
record JdbiRepositories(JdbiCreators creators, JdbiTipJars tipJars, JdbiTemplates templates, JdbiTips tips,
                        JdbiStickers stickers, JdbiMintJobs mintJobs, JdbiListenerCursor listenerCursor,
                        JdbiApprovals approvals, JdbiGrants grants, JdbiStickerTransfers stickerTransfers,
                        JdbiOnrampOrders onrampOrders, JdbiDeploymentPayments deploymentPayments)
        implements StoreRepositories {
    static JdbiRepositories over(Session session) {
        return new JdbiRepositories(new JdbiCreators(session), new JdbiTipJars(session), new JdbiTemplates(session),
                new JdbiTips(session), new JdbiStickers(session), new JdbiMintJobs(session),
                new JdbiListenerCursor(session), new JdbiApprovals(session),
                new JdbiGrants(session), new JdbiStickerTransfers(session),
                new JdbiOnrampOrders(session), new JdbiDeploymentPayments(session));
    }
}
