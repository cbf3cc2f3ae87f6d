package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import java.time.Instant;
import java.util.UUID;

/**
 * A creator's tip jar (TipProxy deployment) and how far along it is. {@code appId}/{@code appAddress} are null
 * while DEPLOYING; {@code pendingTxId} is the create or funding transaction in flight (null once ACTIVE);
 * {@code activatedAt} is null until ACTIVE.
 */
public record TipJarView(UUID id, Address creator, int version, TipJarStatus status, AppId appId,
                         Address appAddress, MicroAlgos minTip, TxId createTxId, TxId pendingTxId,
                         Instant requestedAt, Instant activatedAt) {

    public static TipJarView of(TipJar jar) {
        return new TipJarView(jar.id(), jar.creator(), jar.version(), jar.status(), jar.appId(), jar.appAddress(),
                jar.minTip(), jar.createTxId(), jar.pendingWrite() == null ? null : jar.pendingWrite().txId(),
                jar.requestedAt(), jar.activatedAt());
    }

    public boolean isActive() {
        return status == TipJarStatus.ACTIVE;
    }
}
