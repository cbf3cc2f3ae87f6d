package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Transfers waiting for (or done with) their approval, by approval id. */
final class MemoryStickerTransfers implements Store.StickerTransfers {
    private static final Comparator<StickerTransfer> OLDEST_FIRST = Comparator.comparing(StickerTransfer::createdAt)
            .thenComparing(StickerTransfer::approvalId);
    private final Context context;

    MemoryStickerTransfers(Context context) {
        this.context = context;
    }

    @Override
    public void insert(StickerTransfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        context.write(t -> {
            if (t.transfers.get(transfer.approvalId()).isPresent()) {
                throw new DuplicateException("transfer " + transfer.approvalId() + " exists");
            }
            if (transfer.state() == StickerTransfer.State.AWAITING_APPROVAL && t.transfers.values().anyMatch(x ->
                    x.stickerId() == transfer.stickerId() && x.state() == StickerTransfer.State.AWAITING_APPROVAL)) {
                throw new DuplicateException("a transfer of sticker " + transfer.stickerId() + " awaits approval");
            }
            t.transfers.put(transfer.approvalId(), transfer);
            return null;
        });
    }

    @Override
    public void update(StickerTransfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        context.write(t -> {
            if (t.transfers.get(transfer.approvalId()).isPresent()) {
                t.transfers.put(transfer.approvalId(), transfer);
            }
            return null;
        });
    }

    @Override
    public Optional<StickerTransfer> find(UUID approvalId) {
        return context.read(t -> t.transfers.get(approvalId));
    }

    @Override
    public List<StickerTransfer> awaitingApproval(int limit) {
        return context.read(t -> Lists.first(t.transfers.values()
                .filter(x -> x.state() == StickerTransfer.State.AWAITING_APPROVAL), OLDEST_FIRST, limit));
    }
}
