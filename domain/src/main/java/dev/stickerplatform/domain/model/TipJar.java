package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A creator's TipProxy contract ("tip jar"). At most one per creator is not RETIRED.
 *
 * @param id          the operation id; also the seed of the transaction leases, so a rebuilt transaction can
 *                    never land next to a lost earlier one
 * @param appId       null until the create transaction is confirmed
 * @param pendingWrite the chain write in flight for the current status (create or fund), or null
 * @param createTxId  the confirmed create transaction, or null
 */
public record TipJar(UUID id, Address creator, int version, MicroAlgos minTip, TipJarStatus status, AppId appId,
                     ChainWrite pendingWrite, TxId createTxId, Instant requestedAt, Instant activatedAt,
                     Instant retiredAt) {
    public TipJar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(minTip, "minTip");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        if (status != TipJarStatus.DEPLOYING && appId == null) {
            throw new IllegalArgumentException("a created tip jar has an app id");
        }
    }

    public static TipJar deploying(UUID id, Address creator, int version, MicroAlgos minTip, ChainWrite create,
                                   Instant now) {
        return new TipJar(id, creator, version, minTip, TipJarStatus.DEPLOYING, null, create, null, now, null, null);
    }

    public Address appAddress() {
        return appId == null ? null : appId.address();
    }

    public TipJar withPendingWrite(ChainWrite write) {
        return new TipJar(id, creator, version, minTip, status, appId, write, createTxId, requestedAt, activatedAt,
                retiredAt);
    }

    /** The same tip jar with the minimum tip its app holds now (the creator changed it on chain). */
    public TipJar withMinTip(MicroAlgos newMinTip) {
        return new TipJar(id, creator, version, newMinTip, status, appId, pendingWrite, createTxId, requestedAt,
                activatedAt, retiredAt);
    }

    public TipJar created(AppId newAppId, TxId txId, ChainWrite fund) {
        return new TipJar(id, creator, version, minTip, TipJarStatus.FUNDING, newAppId, fund, txId, requestedAt,
                null, null);
    }

    public TipJar activated(Instant now) {
        return new TipJar(id, creator, version, minTip, TipJarStatus.ACTIVE, appId, null, createTxId, requestedAt,
                now, null);
    }

    public TipJar retired(Instant now) {
        return new TipJar(id, creator, version, minTip, TipJarStatus.RETIRED, appId, null, createTxId, requestedAt,
                activatedAt, now);
    }
}
