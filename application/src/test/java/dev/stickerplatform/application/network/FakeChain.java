package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ThrowingChain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chain for the network use cases: only the calls they make. Rounds advance by one per wait; a submitted
 * write confirms {@code roundsToConfirm} rounds after submission (never when negative).
 */
final class FakeChain extends ThrowingChain {
    Chain.TxParams params = new TxParams(MicroAlgos.of(1000), 0, Round.of(500), Round.of(1500), "testnet-v1.0",
            "SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=");
    Round round = Round.of(500);
    int roundsToConfirm = 1;
    boolean expire;
    boolean down;
    RuntimeException failure;
    ChainRejectedException reject;
    final Map<AssetId, AssetInfo> assets = new HashMap<>();
    final List<TxnRequest> signed = new ArrayList<>();
    final List<Signer> signers = new ArrayList<>();
    final List<TxnRequest> encoded = new ArrayList<>();
    final List<List<byte[]>> submittedGroups = new ArrayList<>();
    int paramsCalls;
    int roundWaits;
    private final Map<TxId, Round> submittedAt = new HashMap<>();

    private void reachable() {
        if (failure != null) {
            throw failure;
        }
        if (down) {
            throw new ChainUnavailableException("node unreachable");
        }
    }

    static TxId idOf(byte[] bytes) {
        return TxId.fromHash(Hashes.sha512_256(bytes));
    }

    @Override
    public TxParams suggestedParams() {
        reachable();
        paramsCalls++;
        return params;
    }

    @Override
    public Round currentRound() {
        reachable();
        return round;
    }

    @Override
    public Round awaitRoundAfter(Round after, Duration timeout) {
        reachable();
        roundWaits++;
        round = round.next();
        return round;
    }

    @Override
    public ChainWrite sign(TxnRequest request, Signer signer) {
        reachable();
        signed.add(request);
        signers.add(signer);
        byte[] bytes = request.toString().getBytes(StandardCharsets.UTF_8);
        return new ChainWrite(idOf(bytes), round.plus(1000), bytes);
    }

    @Override
    public byte[] encodeUnsigned(TxnRequest request) {
        reachable();
        encoded.add(request);
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void submit(ChainWrite write) {
        reachable();
        if (reject != null) {
            throw reject;
        }
        submittedAt.putIfAbsent(write.txId(), round);
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        reachable();
        if (reject != null) {
            throw reject;
        }
        submittedGroups.add(signedGroup);
        return signedGroup.stream().map(FakeChain::idOf).toList();
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        reachable();
        Round at = submittedAt.get(txId);
        if (expire) {
            return new TxStatus.Dead(txId, lastValid, lastValid.next());
        }
        if (at != null && roundsToConfirm >= 0 && round.value() >= at.value() + roundsToConfirm) {
            return new TxStatus.Confirmed(txId, at.plus(roundsToConfirm), null, null);
        }
        return new TxStatus.Pending(txId);
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        reachable();
        return Optional.ofNullable(assets.get(asset));
    }
}
