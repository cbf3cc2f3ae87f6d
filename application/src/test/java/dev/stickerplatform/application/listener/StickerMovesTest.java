package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sticker is one unit: whoever the latest round moved it to holds it, whatever order the rounds are processed in
 * and however often one is replayed; close-outs hand it on like transfers.
 */
class StickerMovesTest {
    private static final Address FAN = TestData.FAN;
    private static final Address BUYER = TestData.address("buyer");
    private static final Address COLLECTOR = TestData.address("collector");
    private static final Address STRANGER = TestData.address("stranger");

    private final Store store = new InMemoryStore();
    private final Sticker sticker = store.stickers().insert(TestData.aSticker().ownedBy(FAN).build());

    @Test
    void theLatestRoundsReceiverHoldsTheStickerWhateverTheOrderOfProcessing() {
        // round 10: sold to the buyer, who closes out (opts out) to the collector in the same round
        BlockEvents ten = block(10, move(FAN, BUYER), move(BUYER, COLLECTOR));
        BlockEvents nine = block(9, move(FAN, STRANGER));

        assertThat(StickerMoves.record(store, ten)).isEqualTo(2);
        StickerMoves.record(store, nine);       // an older round, processed late
        StickerMoves.record(store, ten);        // a replay

        Sticker held = store.stickers().find(sticker.id()).orElseThrow();
        assertThat(held.owner()).isEqualTo(COLLECTOR);
        assertThat(held.ownerRound()).isEqualTo(Round.of(10));

        StickerMoves.record(store, block(11, move(COLLECTOR, FAN)));
        assertThat(store.stickers().find(sticker.id()).orElseThrow().owner()).isEqualTo(FAN);
    }

    @Test
    void movesOfOtherAssetsAndZeroMovesChangeNothing() {
        BlockEvents block = new BlockEvents(Round.of(5), Instant.EPOCH, List.of(), List.of(), List.of(), List.of(
                new AssetMove(TestData.uniqueTxId(), AssetId.of(987_654_321L), FAN, BUYER, 1),
                new AssetMove(TestData.uniqueTxId(), sticker.assetId(), FAN, BUYER, 0)));

        assertThat(StickerMoves.record(store, block)).isZero();
        assertThat(store.stickers().find(sticker.id()).orElseThrow()).isEqualTo(sticker);
    }

    private AssetMove move(Address from, Address to) {
        return new AssetMove(TestData.uniqueTxId(), sticker.assetId(), from, to, 1);
    }

    private static BlockEvents block(long round, AssetMove... moves) {
        return new BlockEvents(Round.of(round), Instant.EPOCH, List.of(), List.of(), List.of(), List.of(moves));
    }
}
