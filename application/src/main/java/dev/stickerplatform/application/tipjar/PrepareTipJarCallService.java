package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.policy.MinTipPolicy;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import dev.stickerplatform.domain.port.TxnRequest.TipProxyMethod;
import java.util.Comparator;
import java.util.Optional;

/**
 * Prepares unsigned calls of the creator's active TipProxy — pause, unpause, {@code update_min_tip} — for the
 * creator's wallet to sign and submit (the platform never holds the creator's key).
 *
 * <p>A new minimum tip must be within the platform's bounds, above the app's fee floor (the contract refuses it
 * otherwise) and at most the lowest threshold of the creator's sticker templates (a template below the minimum
 * could never be earned). The stored minimum follows the chain: the listener reads it back from the app when it
 * sees the creator's call confirmed.
 */
public final class PrepareTipJarCallService {
    private final Store store;
    private final Chain chain;

    public PrepareTipJarCallService(Store store, Chain chain) {
        this.store = store;
        this.chain = chain;
    }

    public sealed interface Result {
        record Prepared(AppId appId, TipProxyMethod method, byte[] unsignedTxn) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    public Result prepare(Address creator, TipProxyMethod method) {
        return active(creator)
                .<Result>map(jar -> new Result.Prepared(jar.appId(), method,
                        chain.encodeUnsigned(new TxnRequest.CallTipProxy(creator, jar.appId(), method, null))))
                .orElse(new Result.NotFound());
    }

    public sealed interface MinTipResult {
        record Prepared(AppId appId, MicroAlgos minTip, byte[] unsignedTxn) implements MinTipResult {
        }

        /** The new minimum is refused; {@code reason} is safe to show the client (it is about the new minimum). */
        record Refused(String reason) implements MinTipResult {
        }

        record NotFound() implements MinTipResult {
        }
    }

    /** @throws IllegalArgumentException when {@code minTip} is outside the platform's bounds */
    public MinTipResult prepareMinTip(Address creator, MicroAlgos minTip) {
        MinTipPolicy.check(minTip);
        Optional<TipJar> jar = active(creator);
        if (jar.isEmpty()) {
            return new MinTipResult.NotFound();
        }
        long floor = chain.appGlobalState(jar.get().appId())
                .map(state -> state.get("fee_floor"))
                .filter(value -> value != null && !value.isBytes())
                .map(Chain.StateValue::uint)
                .orElse(0L);
        if (minTip.value() <= floor) {
            return new MinTipResult.Refused("must be above the platform fee floor of your TipProxy ("
                    + MicroAlgos.of(floor).toAlgoString() + " ALGO)");
        }
        Optional<StickerTemplate> lowest = store.templates().byCreator(creator).stream()
                .min(Comparator.comparing(StickerTemplate::threshold));
        if (lowest.isPresent() && minTip.compareTo(lowest.get().threshold()) > 0) {
            return new MinTipResult.Refused("must not exceed the threshold of your template '" + lowest.get().name()
                    + "' (" + lowest.get().threshold().toAlgoString() + " ALGO): delete or replace it first");
        }
        byte[] unsigned = chain.encodeUnsigned(new TxnRequest.UpdateMinTip(creator, jar.get().appId(), minTip, null));
        return new MinTipResult.Prepared(jar.get().appId(), minTip, unsigned);
    }

    private Optional<TipJar> active(Address creator) {
        return store.tipJars().current(creator).filter(jar -> jar.status() == TipJarStatus.ACTIVE);
    }
}
