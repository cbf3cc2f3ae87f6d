package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.crypto.LogicsigSignature;
import com.algorand.algosdk.crypto.MultisigSignature;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Decodes signed msgpack transactions and verifies their Ed25519 signatures. Stateless, so it runs outside the
 * ledger lock; whether the signer is the account's current auth address is checked later, against state.
 */
final class TxnDecoder {
    /**
     * Whose Ed25519 checks the signatures: BouncyCastle's, several times faster than the JDK's, and the simulated
     * ledger verifies every signature of every transaction. Used by this class only, never installed.
     */
    private static final Provider ED25519 = new BouncyCastleProvider();
    private static final Set<Transaction.Type> SUPPORTED = Set.of(Transaction.Type.Payment,
            Transaction.Type.AssetConfig, Transaction.Type.AssetTransfer, Transaction.Type.AssetFreeze,
            Transaction.Type.ApplicationCall);

    private TxnDecoder() {
    }

    static DecodedTxn decode(byte[] signedBytes) {
        SignedTransaction stx = parse(signedBytes);
        Transaction txn = stx.tx;
        if (txn == null || txn.type == null || txn.type == Transaction.Type.Default) {
            throw new ChainRejectedException("malformed transaction: no transaction type");
        }
        if (!SUPPORTED.contains(txn.type)) {
            throw new ChainRejectedException("unsupported transaction type: " + txn.type.toValue());
        }
        boolean multisig = stx.mSig != null && !new MultisigSignature().equals(stx.mSig);
        if (stx.lSig != null && !new LogicsigSignature().equals(stx.lSig)) {
            throw new ChainRejectedException("unsupported signature: logic signatures are not accepted");
        }
        byte[] signature = stx.sig == null ? new byte[64] : stx.sig.getBytes();
        if (multisig && !Algo.isZero(signature)) {
            throw new ChainRejectedException("malformed transaction: both a signature and a multisignature");
        }
        if (!multisig && Algo.isZero(signature)) {
            throw new ChainRejectedException("missing signature");
        }
        try {
            byte[] rawId = txn.rawTxID().getBytes();
            Address sender = Algo.address(txn.sender);
            Address signer = stx.authAddr == null || Algo.isZero(stx.authAddr.getBytes()) ? sender
                    : Algo.address(stx.authAddr);
            if (multisig) {
                verifyMultisig(stx.mSig, signer, txn.bytesToSign(), TxId.fromHash(rawId));
            } else if (!Ed25519.verify(signer.publicKey(), txn.bytesToSign(), signature, ED25519)) {
                throw new ChainRejectedException("invalid signature: transaction " + TxId.fromHash(rawId)
                        + " is not signed by " + signer.shortForm());
            }
            return new DecodedTxn(txn, TxId.fromHash(rawId), sender, signer,
                    Algo.uint(txn.fee, "fee"), Algo.uint(txn.firstValid, "first valid"),
                    Algo.uint(txn.lastValid, "last valid"), txn.lease, Algo.address(txn.rekeyTo));
        } catch (IOException e) {
            throw new ChainRejectedException("malformed transaction: cannot re-encode it");
        }
    }

    /**
     * As go-algorand: the multisig's address (version 1, threshold, keys in order) must be the authorizing address,
     * and at least the threshold of its subsignatures must be present, every present one valid.
     */
    private static void verifyMultisig(MultisigSignature msig, Address signer, byte[] message, TxId txId) {
        if (msig.version != MultisigAccount.VERSION || msig.subsigs == null || msig.subsigs.size() < 2) {
            throw new ChainRejectedException("malformed multisignature on transaction " + txId);
        }
        List<Address> members = new ArrayList<>();
        int present = 0;
        for (MultisigSignature.MultisigSubsig subsig : msig.subsigs) {
            Address member = Address.fromPublicKey(subsig.key.getBytes());
            members.add(member);
            if (subsig.sig != null && !Algo.isZero(subsig.sig.getBytes())) {
                if (!Ed25519.verify(member.publicKey(), message, subsig.sig.getBytes(), ED25519)) {
                    throw new ChainRejectedException("invalid multisignature: the signature of "
                            + member.shortForm() + " on transaction " + txId + " does not verify");
                }
                present++;
            }
        }
        MultisigAccount account;
        try {
            account = new MultisigAccount(msig.threshold, members);
        } catch (IllegalArgumentException e) {
            throw new ChainRejectedException("malformed multisignature on transaction " + txId + ": "
                    + e.getMessage());
        }
        if (!account.address().equals(signer)) {
            throw new ChainRejectedException("invalid multisignature: transaction " + txId + " is signed by "
                    + account + ", not by " + signer.shortForm());
        }
        if (present < account.threshold()) {
            throw new ChainRejectedException("invalid multisignature: transaction " + txId + " has " + present
                    + " of the " + account.threshold() + " signatures " + account + " needs");
        }
    }

    private static SignedTransaction parse(byte[] signedBytes) {
        try {
            SignedTransaction stx = Encoder.decodeFromMsgPack(signedBytes, SignedTransaction.class);
            // algosdk decodes an absent fee (a zero fee, omitted by canonical msgpack) as the 1000 minimum, which
            // would change the re-encoded transaction, its txid and its signed bytes
            if (stx.tx != null && !rawFields(signedBytes).containsKey("fee")) {
                stx.tx.fee = BigInteger.ZERO;
            }
            return stx;
        } catch (IOException | RuntimeException e) {
            throw new ChainRejectedException("malformed transaction: not a msgpack signed transaction");
        }
    }

    private static Map<?, ?> rawFields(byte[] signedBytes) throws IOException {
        Map<?, ?> signed = Encoder.decodeFromMsgPack(signedBytes, Map.class);
        return signed.get("txn") instanceof Map<?, ?> txn ? txn : Map.of();
    }
}
