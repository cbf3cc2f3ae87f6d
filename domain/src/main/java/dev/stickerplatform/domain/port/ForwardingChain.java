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
 * A {@link Chain} that passes every call to another one: the base of decorators (metrics, fault injection) that
 * override only the calls they care about.
 */
public abstract class ForwardingChain implements Chain {
    private final Chain delegate;

    protected ForwardingChain(Chain delegate) {
        this.delegate = delegate;
    }

    protected final Chain delegate() {
        return delegate;
    }

    @Override
    public NetworkInfo network() {
        return delegate.network();
    }

    @Override
    public TxParams suggestedParams() {
        return delegate.suggestedParams();
    }

    @Override
    public Round currentRound() {
        return delegate.currentRound();
    }

    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        return delegate.awaitRoundAfter(round, timeout);
    }

    @Override
    public ChainWrite sign(TxnRequest request, Signer signer) {
        return delegate.sign(request, signer);
    }

    @Override
    public ChainWrite resign(ChainWrite write, Signer signer) {
        return delegate.resign(write, signer);
    }

    @Override
    public byte[] encodeUnsigned(TxnRequest request) {
        return delegate.encodeUnsigned(request);
    }

    @Override
    public UnsignedTxn prepare(TxnRequest request) {
        return delegate.prepare(request);
    }

    @Override
    public ChainWrite withSignature(UnsignedTxn txn, Address signer, byte[] signature) {
        return delegate.withSignature(txn, signer, signature);
    }

    @Override
    public ChainWrite withMultisig(UnsignedTxn txn, MultisigAccount account, Map<Address, byte[]> signatures) {
        return delegate.withMultisig(txn, account, signatures);
    }

    @Override
    public List<ChainWrite> signGroup(List<TxnRequest> requests, Signer signer) {
        return delegate.signGroup(requests, signer);
    }

    @Override
    public int transactionCount(ChainWrite write) {
        return delegate.transactionCount(write);
    }

    @Override
    public void submit(ChainWrite write) {
        delegate.submit(write);
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        return delegate.submitSigned(signedGroup);
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        return delegate.status(txId, lastValid);
    }

    @Override
    public AccountInfo account(Address address) {
        return delegate.account(address);
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        return delegate.appGlobalState(app);
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        return delegate.asset(asset);
    }

    @Override
    public Optional<BlockEvents> block(Round round) {
        return delegate.block(round);
    }

    @Override
    public Optional<ConfirmedPayment> payment(TxId txId) {
        return delegate.payment(txId);
    }

    @Override
    public SignedGroup signTipFor(TipFor request, Signer signer) {
        return delegate.signTipFor(request, signer);
    }
}
