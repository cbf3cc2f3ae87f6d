package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import java.time.Duration;
import java.time.Instant;

/** Builds a tip: 1 ALGO from {@link TestData#FAN} to {@link TestData#CREATOR}, a fresh txid, round 100 at T0. */
public final class TipBuilder {
    private TxId txId = TestData.uniqueTxId();
    private AppId app = AppId.of(1_001);
    private Address fan = TestData.FAN;
    private Address creator = TestData.CREATOR;
    private MicroAlgos amount = MicroAlgos.ofAlgo(1);
    private String memo = "";
    private Round round = Round.of(100);
    private Instant detectedAt = TestData.T0;

    TipBuilder() {
    }

    public TipBuilder withTxId(TxId value) {
        txId = value;
        return this;
    }

    public TipBuilder withApp(AppId value) {
        app = value;
        return this;
    }

    public TipBuilder from(Address value) {
        fan = value;
        return this;
    }

    public TipBuilder to(Address value) {
        creator = value;
        return this;
    }

    public TipBuilder withAmount(long microAlgos) {
        amount = MicroAlgos.of(microAlgos);
        return this;
    }

    public TipBuilder withMemo(String value) {
        memo = value;
        return this;
    }

    /** In round {@code value}, detected {@code value} seconds after T0 (later rounds are newer). */
    public TipBuilder inRound(long value) {
        round = Round.of(value);
        detectedAt = TestData.T0.plus(Duration.ofSeconds(value));
        return this;
    }

    public Tip build() {
        return new Tip(txId, app, fan, creator, amount, memo, round, detectedAt);
    }
}
