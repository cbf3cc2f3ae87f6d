package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import java.time.Instant;
import java.util.UUID;

/** Builds a tip jar: ACTIVE with a fresh app id, of {@link TestData#CREATOR}, requested at T0. */
public final class TipJarBuilder {
    private UUID id = UUID.randomUUID();
    private Address creator = TestData.CREATOR;
    private TipJarStatus status = TipJarStatus.ACTIVE;
    private AppId app = AppId.of(TestData.uniqueNumber());
    private Instant requestedAt = TestData.T0;

    TipJarBuilder() {
    }

    public TipJarBuilder withId(UUID value) {
        id = value;
        return this;
    }

    public TipJarBuilder of(Address value) {
        creator = value;
        return this;
    }

    /** In this status; a DEPLOYING jar has no app yet. */
    public TipJarBuilder withStatus(TipJarStatus value) {
        status = value;
        return this;
    }

    public TipJarBuilder withApp(AppId value) {
        app = value;
        return this;
    }

    public TipJarBuilder requestedAt(Instant value) {
        requestedAt = value;
        return this;
    }

    public TipJar build() {
        boolean deploying = status == TipJarStatus.DEPLOYING;
        Instant activated = status == TipJarStatus.ACTIVE || status == TipJarStatus.RETIRED ? requestedAt : null;
        Instant retired = status == TipJarStatus.RETIRED ? requestedAt : null;
        return new TipJar(id, creator, 1, MicroAlgos.ofAlgo(1), status, deploying ? null : app, null,
                deploying ? null : TestData.txId("create-" + id), requestedAt, activated, retired);
    }
}
