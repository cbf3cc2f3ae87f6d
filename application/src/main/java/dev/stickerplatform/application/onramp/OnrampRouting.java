package dev.stickerplatform.application.onramp;

import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Routes a paid order's tip, exactly once: the platform account's {@code tip_for} group naming the fan is signed,
 * recorded with the order (TIP_SUBMITTED), then submitted; every later look asks the chain — confirmed →
 * TIP_SENT, provably dead → signed anew (the old group can never confirm), else the same bytes are resubmitted.
 * The listener credits the tip to the fan (a {@code tip_for} by the platform account names its fan), so the fan
 * gets the sticker and the leaderboard credit.
 */
public final class OnrampRouting {
    private static final System.Logger LOG = System.getLogger(OnrampRouting.class.getName());
    private final Store store;
    private final Chain chain;
    private final Signers signers;
    private final Clock clock;

    public OnrampRouting(Store store, Chain chain, Signers signers, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.signers = signers;
        this.clock = clock;
    }

    /**
     * Routes a PAID order's tip; returns the order as saved. When another caller routed it first (the webhook, the
     * follow-up and a reader may all try), theirs stands: only the group that was recorded is ever submitted.
     */
    public OnrampOrder route(OnrampOrder order) {
        try {
            return routeOnce(order);
        } catch (StaleWriteException e) {
            return store.onrampOrders().find(order.partnerOrderId()).orElse(order);
        }
    }

    private OnrampOrder routeOnce(OnrampOrder order) {
        if (order.status() != OnrampStatus.PAID && order.status() != OnrampStatus.TIP_SUBMITTED) {
            return order;
        }
        TipJar jar = store.tipJars().current(order.creator()).filter(j -> j.status() == TipJarStatus.ACTIVE
                && j.appId() != null).orElse(null);
        if (jar == null) {
            return store.onrampOrders().save(order.ended(OnrampStatus.TIP_FAILED,
                    "the creator has no active tip jar", clock.instant()));
        }
        if (!order.tipAmount().isAtLeast(jar.minTip()) || order.tipAmount().value() == 0) {
            return store.onrampOrders().save(order.ended(OnrampStatus.TIP_FAILED, "the tip of "
                    + order.tipAmount().toAlgoString() + " ALGO is below the creator's minimum tip", clock.instant()));
        }
        Signer platform = signers.forRole(SignerRole.ADMIN);
        Address treasury = chain.appGlobalState(jar.appId()).map(state -> state.get("treasury_address"))
                .map(value -> value.isBytes() && value.bytes().length == 32 ? Address.fromPublicKey(value.bytes())
                        : null).orElse(null);
        String memo = "onramp " + order.partnerOrderId().substring(Math.max(0, order.partnerOrderId().length() - 12));
        Chain.SignedGroup group = chain.signTipFor(new Chain.TipFor(platform.address(), jar.appId(), order.creator(),
                treasury, order.fan(), order.tipAmount(), memo, Leases.of(operation(order), "tip")), platform);
        OnrampOrder recorded = store.onrampOrders().save(order.tipSubmitted(SignedGroups.encode(group.signed()),
                group.txId(), group.lastValid(), clock.instant()));
        submit(recorded);
        return recorded;
    }

    /** The order brought up to date with the chain when its tip is submitted. */
    public OnrampOrder refresh(OnrampOrder order) {
        if (order.status() == OnrampStatus.PAID) {
            return route(order);
        }
        if (order.status() != OnrampStatus.TIP_SUBMITTED) {
            return order;
        }
        try {
            return switch (chain.status(order.tipTxId(), order.tipLastValid())) {
                case Chain.TxStatus.Confirmed c -> store.onrampOrders().save(
                        order.ended(OnrampStatus.TIP_SENT, null, clock.instant()));
                case Chain.TxStatus.Dead d -> route(order);
                case Chain.TxStatus.Pending p -> {
                    submit(order);
                    yield order;
                }
            };
        } catch (StaleWriteException | ChainUnavailableException e) {
            return store.onrampOrders().find(order.partnerOrderId()).orElse(order);
        }
    }

    /** Follows every order whose tip is paid or submitted; run periodically. Returns how many it looked at. */
    public int followUp() {
        int seen = 0;
        for (OnrampStatus status : new OnrampStatus[] {OnrampStatus.PAID, OnrampStatus.TIP_SUBMITTED}) {
            for (OnrampOrder order : store.onrampOrders().inStatus(status, 100)) {
                refresh(order);
                seen++;
            }
        }
        return seen;
    }

    private void submit(OnrampOrder order) {
        try {
            chain.submitSigned(SignedGroups.decode(order.tipGroup()));
        } catch (ChainRejectedException e) {
            LOG.log(System.Logger.Level.WARNING, "tip of on-ramp order {0} refused for now: {1}",
                    order.partnerOrderId(), e.getMessage());
        }
    }

    private static UUID operation(OnrampOrder order) {
        return UUID.nameUUIDFromBytes(("onramp:" + order.partnerOrderId()).getBytes(StandardCharsets.UTF_8));
    }
}
