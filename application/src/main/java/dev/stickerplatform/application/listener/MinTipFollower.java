package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps each tip jar's stored minimum tip equal to its app's. A creator changes it on chain with a wallet-signed
 * {@code update_min_tip} (no log, unlike a tip), so for every top-level call without logs that the creator made to
 * their own app in a round, the app's {@code min_tip_amount} is read back. Rounds without such calls cost nothing.
 */
final class MinTipFollower {
    private final Chain chain;
    private final Store store;

    MinTipFollower(Chain chain, Store store) {
        this.chain = chain;
        this.store = store;
    }

    /** The minimum tip each tip jar (by id) has on chain now, for the jars whose creator called their app. */
    Map<UUID, MicroAlgos> changes(BlockEvents block) {
        Set<AppId> called = block.appCalls().stream().filter(call -> call.logs().isEmpty())
                .map(Chain.AppCall::app).collect(Collectors.toSet());
        if (called.isEmpty()) {
            return Map.of();
        }
        Map<AppId, TipJar> ours = store.tipJars().findByApps(called);
        Map<UUID, MicroAlgos> minTips = new HashMap<>();
        for (Chain.AppCall call : block.appCalls()) {
            TipJar jar = ours.get(call.app());
            if (jar == null || !call.sender().equals(jar.creator()) || minTips.containsKey(jar.id())) {
                continue;
            }
            chain.appGlobalState(jar.appId())
                    .map(state -> state.get("min_tip_amount"))
                    .filter(value -> value != null && !value.isBytes() && value.uint() > 0)
                    .ifPresent(value -> minTips.put(jar.id(), MicroAlgos.of(value.uint())));
        }
        return minTips;
    }

    /** Saves the changed minimums, inside the round's transaction {@code tx}. */
    static void record(Store tx, Map<UUID, MicroAlgos> minTips) {
        minTips.forEach((id, minTip) -> tx.tipJars().find(id)
                .filter(jar -> !jar.minTip().equals(minTip))
                .ifPresent(jar -> tx.tipJars().update(jar.withMinTip(minTip))));
    }
}
