package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.Store;
import java.util.Map;

/**
 * Reads the on-chain counters and terms of a creator's active TipProxy. A version 1 app has no fee and no treasury:
 * its fee reads as {@link PlatformFee#NONE} and its treasury as null.
 */
public final class TipJarStatsService {
    private final Store store;
    private final Chain chain;

    public TipJarStatsService(Store store, Chain chain) {
        this.store = store;
        this.chain = chain;
    }

    /** {@code treasury}: where the app pays its fee (the tip group must list it), null for a version 1 app. */
    public record Stats(AppId appId, long totalTips, MicroAlgos totalAmount, MicroAlgos minTip, boolean paused,
                        long contractVersion, PlatformFee fee, Address treasury) {
    }

    public sealed interface Result {
        record Found(Stats stats) implements Result {
        }

        /** No active tip jar for this creator. */
        record NotFound() implements Result {
        }

        /** The app is recorded but the chain has no state for it (e.g. deleted outside the platform). */
        record MissingOnChain(AppId appId) implements Result {
        }
    }

    public Result stats(Address creator) {
        TipJar jar = store.tipJars().current(creator).filter(j -> j.status() == TipJarStatus.ACTIVE).orElse(null);
        if (jar == null) {
            return new Result.NotFound();
        }
        return chain.appGlobalState(jar.appId())
                .<Result>map(state -> new Result.Found(new Stats(jar.appId(), uint(state, "total_tips"),
                        MicroAlgos.of(uint(state, "total_amount")), MicroAlgos.of(uint(state, "min_tip_amount")),
                        uint(state, "paused") == 1, uint(state, "contract_version"),
                        new PlatformFee((int) uint(state, "fee_bps"), MicroAlgos.of(uint(state, "fee_floor"))),
                        address(state, "treasury_address"))))
                .orElse(new Result.MissingOnChain(jar.appId()));
    }

    private static Address address(Map<String, StateValue> state, String key) {
        StateValue value = state.get(key);
        return value == null || !value.isBytes() || value.bytes().length != 32 ? null
                : Address.fromPublicKey(value.bytes());
    }

    private static long uint(Map<String, StateValue> state, String key) {
        StateValue value = state.get(key);
        return value == null || value.isBytes() ? 0 : value.uint();
    }
}
