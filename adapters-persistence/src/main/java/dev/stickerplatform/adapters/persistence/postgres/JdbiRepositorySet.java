package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.RepositorySet;

/**
 * The PostgreSQL {@link RepositorySet}: the {@code Jdbi*} repositories of one {@link Session} (the autocommit one
 * of {@link PostgresStore}, or the transaction of a {@link PostgresTransactionStore}).
 */
record JdbiRepositorySet(JdbiCreators creators, JdbiTipJars tipJars, JdbiTemplates templates, JdbiTips tips,
                        JdbiStickers stickers, JdbiMintJobs mintJobs, JdbiListenerCursor listenerCursor,
                        JdbiApprovals approvals, JdbiGrants grants, JdbiStickerTransfers stickerTransfers,
                        JdbiOnrampOrders onrampOrders, JdbiDeploymentPayments deploymentPayments)
        implements RepositorySet {
    static JdbiRepositorySet over(Session session) {
        return new JdbiRepositorySet(new JdbiCreators(session), new JdbiTipJars(session), new JdbiTemplates(session),
                new JdbiTips(session), new JdbiStickers(session), new JdbiMintJobs(session),
                new JdbiListenerCursor(session), new JdbiApprovals(session),
                new JdbiGrants(session), new JdbiStickerTransfers(session),
                new JdbiOnrampOrders(session), new JdbiDeploymentPayments(session));
    }
}
