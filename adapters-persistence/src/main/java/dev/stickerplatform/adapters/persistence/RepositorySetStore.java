package dev.stickerplatform.adapters.persistence;

import dev.stickerplatform.domain.port.Store;

/**
 * The base class of the stores: a {@link Store} that hands out the repositories of one {@link RepositorySet},
 * the accessors every store and transaction view shares, written once. Subclasses (the in-memory and PostgreSQL
 * stores and their transaction views) supply the repositories and the unit of work.
 */
public abstract class RepositorySetStore implements Store {
    protected abstract RepositorySet repositories();

    @Override
    public final Creators creators() {
        return repositories().creators();
    }

    @Override
    public final TipJars tipJars() {
        return repositories().tipJars();
    }

    @Override
    public final Templates templates() {
        return repositories().templates();
    }

    @Override
    public final Tips tips() {
        return repositories().tips();
    }

    @Override
    public final Stickers stickers() {
        return repositories().stickers();
    }

    @Override
    public final MintJobs mintJobs() {
        return repositories().mintJobs();
    }

    @Override
    public final ListenerCursor listenerCursor() {
        return repositories().listenerCursor();
    }

    @Override
    public final Approvals approvals() {
        return repositories().approvals();
    }

    @Override
    public final Grants grants() {
        return repositories().grants();
    }

    @Override
    public final StickerTransfers stickerTransfers() {
        return repositories().stickerTransfers();
    }

    @Override
    public final OnrampOrders onrampOrders() {
        return repositories().onrampOrders();
    }

    @Override
    public final DeploymentPayments deploymentPayments() {
        return repositories().deploymentPayments();
    }
}
