package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import java.util.Map;

/**
 * The part of the {@link Chain} port that builds and signs transactions, shared by every network: everything goes
 * through one {@link TransactionFactory} with the network's {@link #suggestedParams()}, so a write is the same
 * bytes on the simulated ledger and on algod.
 */
abstract class TransactionBuildingChain implements Chain {
    private final TransactionFactory factory;

    TransactionBuildingChain(TransactionFactory factory) {
        this.factory = factory;
    }

    @Override
    public final ChainWrite sign(TxnRequest request, Signer signer) {
        return factory.sign(factory.build(request, suggestedParams()), signer);
    }

    @Override
    public final java.util.List<ChainWrite> signGroup(java.util.List<TxnRequest> requests, Signer signer) {
        TxParams params = suggestedParams();
        return factory.signGroup(requests.stream().map(request -> factory.build(request, params)).toList(), signer);
    }

    @Override
    public final int transactionCount(ChainWrite write) {
        return TransactionFactory.split(write.signedBytes()).size();
    }

    @Override
    public final ChainWrite resign(ChainWrite write, Signer signer) {
        return factory.resign(write, signer);
    }

    @Override
    public final byte[] encodeUnsigned(TxnRequest request) {
        return TransactionFactory.encode(factory.build(request, suggestedParams()));
    }

    @Override
    public final SignedGroup signTipFor(TipFor request, Signer signer) {
        return factory.signTipFor(request, suggestedParams(), signer);
    }

    @Override
    public final UnsignedTxn prepare(TxnRequest request) {
        return TransactionFactory.unsigned(factory.build(request, suggestedParams()));
    }

    @Override
    public final ChainWrite withSignature(UnsignedTxn txn, Address signer, byte[] signature) {
        return TransactionFactory.withSignature(txn, signer, signature);
    }

    @Override
    public final ChainWrite withMultisig(UnsignedTxn txn, MultisigAccount account,
                                         Map<Address, byte[]> signatures) {
        return TransactionFactory.withMultisig(txn, account, signatures);
    }
}
