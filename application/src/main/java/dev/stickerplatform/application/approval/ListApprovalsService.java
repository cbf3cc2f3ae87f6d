package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Lists approvals as they stand on the chain now. A read: it saves nothing and submits nothing (what the chain
 * decided is recorded by {@link FollowApprovalsService}, a few seconds later).
 */
public final class ListApprovalsService {
    /** The store's order: newest first, then by id. */
    private static final Comparator<Approval> NEWEST_FIRST = Comparator.comparing(Approval::createdAt).reversed()
            .thenComparing(Approval::id, IdOrder.IDS);

    private final Store store;
    private final ApprovalChain approvals;

    public ListApprovalsService(Store store, Chain chain, Clock clock) {
        this.store = store;
        this.approvals = new ApprovalChain(store, chain, clock);
    }

    /**
     * Approvals in a state (all when null), newest first, as they stand on the chain: a pending or submitted one is
     * listed under its state on the chain (e.g. expired) whether or not the follow-up has recorded it yet.
     */
    public List<Approval> list(ApprovalState state, PageRequest page) {
        Supplier<Round> round = approvals.currentRoundOnce();
        if (state == ApprovalState.CONFIRMED || state == ApprovalState.EXPIRED) {
            return ended(state, page, round);
        }
        List<Approval> found = store.approvals().list(state, page).stream()
                .map(approval -> approvals.asItStands(approval, round)).toList();
        return state == null ? found : found.stream().filter(approval -> approval.state() == state).toList();
    }

    /**
     * The page of approvals that ended in {@code state}: those recorded so, merged in the store's order with the
     * open ones the chain has ended so (as many open ones as the follow-up looks at).
     */
    private List<Approval> ended(ApprovalState state, PageRequest page, Supplier<Round> round) {
        List<Approval> endedMeanwhile = new ArrayList<>();
        // only a submitted one can have been confirmed; a pending or a submitted one can have expired
        List<ApprovalState> open = state == ApprovalState.CONFIRMED ? List.of(ApprovalState.SUBMITTED)
                : List.of(ApprovalState.SUBMITTED, ApprovalState.PENDING);
        for (ApprovalState was : open) {
            for (Approval approval : store.approvals().list(was, PageRequest.first(PageRequest.MAX_LIMIT))) {
                Approval now = approvals.asItStands(approval, round);
                if (now.state() == state) {
                    endedMeanwhile.add(now);
                }
            }
        }
        if (endedMeanwhile.isEmpty()) {
            return store.approvals().list(state, page);
        }
        endedMeanwhile.sort(NEWEST_FIRST);
        // the recorded ones from `start` on are enough: at most endedMeanwhile.size() others come before the page
        int start = Math.max(0, page.offset() - endedMeanwhile.size());
        List<Approval> recorded = recorded(state, start, page.offset() + page.limit() - start);
        Set<UUID> recordedIds = new HashSet<>();
        recorded.forEach(approval -> recordedIds.add(approval.id()));
        List<Approval> merged = new ArrayList<>(recorded);
        int before = 0;
        for (Approval approval : endedMeanwhile) {
            if (recordedIds.contains(approval.id())) {
                continue; // recorded by the follow-up meanwhile
            }
            if (start > 0 && !recorded.isEmpty() && NEWEST_FIRST.compare(approval, recorded.get(0)) < 0) {
                before++; // before the first recorded one fetched: before the page
            } else {
                merged.add(approval);
            }
        }
        merged.sort(NEWEST_FIRST);
        int from = Math.min(merged.size(), page.offset() - start - before);
        return List.copyOf(merged.subList(from, Math.min(merged.size(), from + page.limit())));
    }

    /** {@code count} approvals recorded in {@code state} from position {@code offset} on, newest first. */
    private List<Approval> recorded(ApprovalState state, int offset, int count) {
        List<Approval> found = new ArrayList<>();
        while (found.size() < count) {
            int limit = Math.min(PageRequest.MAX_LIMIT, count - found.size());
            List<Approval> chunk = store.approvals().list(state, new PageRequest(limit, offset + found.size()));
            found.addAll(chunk);
            if (chunk.size() < limit) {
                break;
            }
        }
        return found;
    }
}
