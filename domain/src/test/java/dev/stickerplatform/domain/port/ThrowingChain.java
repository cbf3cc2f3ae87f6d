package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base of every hand-written {@link Chain} test double: each call throws {@link UnsupportedOperationException}
 * naming the call, so a double overrides only what its test uses and an unexpected call fails loudly.
 */
public abstract class ThrowingChain implements Chain {
    private static UnsupportedOperationException unused(String call) {
        return new UnsupportedOperationException("this test double does not implement Chain." + call);
    }

    @Override
    public NetworkInfo network() {
        throw unused("network");
    }

    @Override
    public TxParams suggestedParams() {
        throw unused("suggestedParams");
    }

    @Override
    public Round currentRound() {
        throw unused("currentRound");
    }

    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        throw unused("awaitRoundAfter");
    }

    @Override
    public ChainWrite sign(TxnRequest request, Signer signer) {
        throw unused("sign");
    }

    @Override
    public ChainWrite resign(ChainWrite write, Signer signer) {
        throw unused("resign");
    }

    @Override
    public byte[] encodeUnsigned(TxnRequest request) {
        throw unused("encodeUnsigned");
    }

    @Override
    public UnsignedTxn prepare(TxnRequest request) {
        throw unused("prepare");
    }

    @Override
    public ChainWrite withSignature(UnsignedTxn txn, Address signer, byte[] signature) {
        throw unused("withSignature");
    }

    @Override
    public ChainWrite withMultisig(UnsignedTxn txn, MultisigAccount account, Map<Address, byte[]> signatures) {
        throw unused("withMultisig");
    }

    @Override
    public void submit(ChainWrite write) {
        throw unused("submit");
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        throw unused("submitSigned");
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        throw unused("status");
    }

    @Override
    public AccountInfo account(Address address) {
        throw unused("account");
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        throw unused("appGlobalState");
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        throw unused("asset");
    }

    @Override
    public Optional<BlockEvents> block(Round round) {
        throw unused("block");
    }

    @Override
    public Optional<ConfirmedPayment> payment(TxId txId) {
        throw unused("payment");
    }

    @Override
    public SignedGroup signTipFor(TipFor request, Signer signer) {
        throw unused("signTipFor");
    }
}
