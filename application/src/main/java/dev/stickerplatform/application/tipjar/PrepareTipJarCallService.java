package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import dev.stickerplatform.domain.port.TxnRequest.TipProxyMethod;

/**
 * Prepares an unsigned pause/unpause call of the creator's active TipProxy for the creator's wallet to sign and
 * submit (the platform never holds the creator's key).
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
        return store.tipJars().current(creator)
                .filter(jar -> jar.status() == TipJarStatus.ACTIVE)
                .<Result>map(jar -> new Result.Prepared(jar.appId(), method,
                        chain.encodeUnsigned(new TxnRequest.CallTipProxy(creator, jar.appId(), method, null))))
                .orElse(new Result.NotFound());
    }
}
