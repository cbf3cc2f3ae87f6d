package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kill point: delegates to a real chain, but the process "dies" (an unchecked {@link Crash}) right after the
 * chosen platform submit reached the chain — before anything could record what happened next.
 */
final class CrashingChain implements Chain {
    private final Chain chain;
    private final AtomicInteger submitsLeft;

    /** Crashes right after the {@code n}-th call of {@link #submit(ChainWrite)} (1-based). */
    CrashingChain(Chain chain, int n) {
        this.chain = chain;
        this.submitsLeft = new AtomicInteger(n);
    }

    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated process death right after submit");
        }
    }

    @Override
    public void submit(ChainWrite write) {
        chain.submit(write);
        if (submitsLeft.decrementAndGet() == 0) {
            throw new Crash();
        }
    }

    @Override
    public NetworkInfo network() {
        return chain.network();
    }

    @Override
    public TxParams suggestedParams() {
        return chain.suggestedParams();
    }

    @Override
    public Round currentRound() {
        return chain.currentRound();
    }

    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        return chain.awaitRoundAfter(round, timeout);
    }

    @Override
    public ChainWrite sign(TxnRequest request, Signer signer) {
        return chain.sign(request, signer);
    }

    @Override
    public byte[] encodeUnsigned(TxnRequest request) {
        return chain.encodeUnsigned(request);
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        return chain.submitSigned(signedGroup);
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        return chain.status(txId, lastValid);
    }

    @Override
    public AccountInfo account(Address address) {
        return chain.account(address);
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        return chain.appGlobalState(app);
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        return chain.asset(asset);
    }

    @Override
    public Optional<BlockEvents> block(Round round) {
        return chain.block(round);
    }
}
