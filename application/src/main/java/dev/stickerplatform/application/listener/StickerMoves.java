package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Store;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows our stickers' ASAs, so every view shows who holds a sticker now: a sticker is one unit, so whoever a
 * round moves it to holds it — the delivery itself, a golden sticker sold or given, a holding closed out (opt-out)
 * to another account, a clawback. Each move is recorded with its round ({@link Store.Stickers#moveOwner}), in block
 * order: a round replayed, or processed after a later one, never overwrites a newer owner. One store read per round
 * in which assets moved, whatever the number of moves; one write per move of a sticker.
 */
final class StickerMoves {
    private StickerMoves() {
    }

    /** Records the round's moves of sticker ASAs inside its transaction {@code tx}; returns how many changed hands. */
    static int record(Store tx, Chain.BlockEvents block) {
        if (block.assetMoves().isEmpty()) {
            return 0;
        }
        Set<AssetId> assets = block.assetMoves().stream().filter(move -> move.amount() > 0)
                .map(AssetMove::asset).collect(Collectors.toSet());
        Set<AssetId> stickers = tx.stickers().findByAssets(assets).keySet();
        int moved = 0;
        for (AssetMove move : block.assetMoves()) {
            if (move.amount() <= 0 || !stickers.contains(move.asset())) {
                continue;
            }
            Sticker held = tx.stickers().moveOwner(move.asset(), move.to(), block.round()).orElse(null);
            if (held != null && held.owner().equals(move.to()) && !move.from().equals(move.to())) {
                moved++;
            }
        }
        return moved;
    }
}
