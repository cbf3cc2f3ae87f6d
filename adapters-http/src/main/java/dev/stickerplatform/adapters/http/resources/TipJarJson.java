package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.TipJarView;
import java.time.Instant;

/** A creator's tip jar (TipProxy deployment); {@code appId}/{@code appAddress} are null while it deploys. */
public record TipJarJson(String creatorWallet, Long appId, String appAddress, int version, String status,
                         boolean active, long minTipMicroAlgos, String minTipAlgo, String createTxId,
                         String pendingTxId, Instant requestedAt, Instant deployedAt) {

    public static TipJarJson of(TipJarView jar) {
        return new TipJarJson(jar.creator().value(), Wire.id(jar.appId()), Wire.text(jar.appAddress()),
                jar.version(), Wire.name(jar.status()), jar.isActive(), jar.minTip().value(),
                jar.minTip().toAlgoString(), Wire.text(jar.createTxId()), Wire.text(jar.pendingTxId()),
                jar.requestedAt(), jar.activatedAt());
    }
}
