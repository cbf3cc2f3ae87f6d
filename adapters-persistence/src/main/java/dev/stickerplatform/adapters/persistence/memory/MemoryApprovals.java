package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Approvals by id, saved under optimistic locking. */
final class MemoryApprovals implements Store.Approvals {
    private static final Comparator<Approval> NEWEST_FIRST = Comparator.comparing(Approval::createdAt).reversed()
            .thenComparing(Approval::id, IdOrder.IDS);

    private final Context context;

    MemoryApprovals(Context context) {
        this.context = context;
    }

    @Override
    public void insert(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        context.write(t -> {
            if (t.approvals.get(approval.id()).isPresent()) {
                throw new DuplicateException("approval " + approval.id() + " exists");
            }
            t.approvals.put(approval.id(), approval);
            return null;
        });
    }

    @Override
    public Optional<Approval> find(UUID id) {
        return context.read(t -> t.approvals.get(id));
    }

    @Override
    public Approval save(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        return context.write(t -> {
            long stored = t.approvals.get(approval.id()).map(Approval::version)
                    .orElseThrow(() -> new StaleWriteException("approval " + approval.id() + " does not exist"));
            if (stored != approval.version()) {
                throw new StaleWriteException("approval " + approval.id() + " is at version " + stored + ", not "
                        + approval.version());
            }
            Approval next = approval.withVersion(stored + 1);
            t.approvals.put(next.id(), next);
            return next;
        });
    }

    @Override
    public Map<ApprovalState, Long> countByState() {
        return context.read(t -> {
            Map<ApprovalState, Long> counts = new EnumMap<>(ApprovalState.class);
            for (ApprovalState state : ApprovalState.values()) {
                counts.put(state, 0L);
            }
            t.approvals.values().forEach(approval -> counts.merge(approval.state(), 1L, Long::sum));
            return counts;
        });
    }

    @Override
    public List<Approval> list(ApprovalState state, PageRequest page) {
        return context.read(t -> Lists.page(t.approvals.values()
                .filter(approval -> state == null || approval.state() == state), NEWEST_FIRST, page));
    }
}
