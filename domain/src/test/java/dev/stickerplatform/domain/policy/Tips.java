package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test-data builder for detected tips: 1 ALGO with an empty memo unless told otherwise. */
final class Tips {
    static final Address FAN = Address.fromPublicKey(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private MicroAlgos amount = MicroAlgos.ofAlgo(1);
    private String memo = "";

    private Tips() {
    }

    static Tips aTip() {
        return new Tips();
    }

    Tips of(MicroAlgos value) {
        amount = value;
        return this;
    }

    Tips ofAlgo(long algo) {
        return of(MicroAlgos.ofAlgo(algo));
    }

    Tips withMemo(String value) {
        memo = value;
        return this;
    }

    Tip build() {
        TxId txId = TxId.fromHash(Hashes.sha512_256((memo + amount).getBytes(StandardCharsets.UTF_8)));
        return new Tip(txId, AppId.of(1001), FAN, Templates.CREATOR, amount, memo, Round.of(100),
                Instant.parse("2025-06-01T12:00:00Z"));
    }
}
