package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Store;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows our stickers' ASAs after delivery, so every view shows who holds a sticker now: when a round moves a
 * sticker's unit away from its recorded owner — a golden sticker sold or given, a holding closed out (opt-out) to
 * another account, a clawback — the sticker's owner becomes the receiver. Moves that do not start at the recorded
 * owner (the delivery itself, from the platform's MINTER) change nothing, so replaying a round changes nothing.
 * One store read per round in which assets moved, whatever the number of moves.
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
        Map<AssetId, Sticker> stickers = new java.util.HashMap<>(tx.stickers().findByAssets(assets));
        int moved = 0;
        for (AssetMove move : block.assetMoves()) {
            Sticker sticker = stickers.get(move.asset());
            if (sticker == null || move.amount() <= 0 || !move.from().equals(sticker.owner())
                    || move.to().equals(sticker.owner())) {
                continue;
            }
            Sticker held = sticker.withOwner(move.to());
            tx.stickers().update(held);
            stickers.put(move.asset(), held);
            moved++;
        }
        return moved;
    }
}
