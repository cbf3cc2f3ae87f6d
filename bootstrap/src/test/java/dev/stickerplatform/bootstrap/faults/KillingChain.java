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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** A worker's view of the chain during the chaos run: now and then the worker dies around a chain call. */
final class KillingChain implements Chain {
    private final Chain chain;
    private final Random random;
    private final AtomicInteger kills;

    KillingChain(Chain chain, Random random, AtomicInteger kills) {
        this.chain = chain;
        this.random = random;
        this.kills = kills;
    }

    private void maybeDie(int percent) {
        boolean die;
        synchronized (random) {
            die = random.nextInt(100) < percent;
        }
        if (die) {
            kills.incrementAndGet();
            throw new ChaosRunTest.Killed();
        }
    }

    @Override
    public void submit(ChainWrite write) {
        maybeDie(2);
        chain.submit(write);
        maybeDie(4);
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        maybeDie(1);
        return chain.status(txId, lastValid);
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
