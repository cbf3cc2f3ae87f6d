package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Accepted transactions waiting for the next block, with the state they lead to. Every group is evaluated against
 * this state when it is submitted, so a block only ever commits groups that succeed. Not thread-safe.
 */
final class TxnPool {
    private final CommittedState committed;
    private StateOverlay state;
    private final List<TxnEffects> effects = new ArrayList<>();
    private final Set<TxId> ids = new HashSet<>();

    TxnPool(CommittedState committed) {
        this.committed = committed;
        this.state = new StateOverlay(committed);
    }

    StateOverlay state() {
        return state;
    }

    boolean contains(TxId txId) {
        return ids.contains(txId);
    }

    void accept(StateOverlay groupState, List<TxnEffects> groupEffects) {
        groupState.commitTo(state);
        effects.addAll(groupEffects);
        groupEffects.forEach(e -> ids.add(e.txId()));
    }

    /** Moves everything into the committed state and returns what the block records. */
    List<TxnEffects> drainInto(CommittedState target) {
        state.commitTo(target);
        List<TxnEffects> drained = List.copyOf(effects);
        effects.clear();
        ids.clear();
        state = new StateOverlay(committed);
        return drained;
    }

    /**
     * Applies an out-of-band change (faucet, fixture) to the committed state without losing pending changes: if
     * the pool holds its own copy of the account, the copy gets the same change.
     */
    void adjustAccount(Address address, UnaryOperator<AccountRecord> change) {
        committed.putAccount(address, change.apply(committed.account(address)));
        if (state.overridesAccount(address)) {
            state.putAccount(address, change.apply(state.account(address)));
        }
    }

    /** Reserves an app/asset id outside any transaction, consistently for the pool and the committed state. */
    long allocateId() {
        long id = Math.max(committed.nextId(), state.nextId());
        committed.setNextId(id + 1);
        state.setNextId(id + 1);
        return id;
    }
}
