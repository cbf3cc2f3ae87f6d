package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.builder.transaction.TransactionBuilder;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.crypto.Ed25519PublicKey;
import com.algorand.algosdk.crypto.MultisigSignature;
import com.algorand.algosdk.crypto.Signature;
import com.algorand.algosdk.crypto.TEALProgram;
import com.algorand.algosdk.logic.StateSchema;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import dev.stickerplatform.domain.port.TxnRequest;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Turns domain {@link TxnRequest}s into algosdk transactions with the network's parameters, and has a
 * {@link Signer} sign them. Shared by every chain implementation; only the TipProxy program bytes differ by
 * network (TEAL source on the simulated ledger, compiled bytecode on algod).
 *
 * <p>Every transaction pays a flat fee of the suggested minimum, plus one minimum fee per inner transaction it makes
 * the network run (pooled fees): only a TipProxy delete has one (version 2 closes the app account to the platform;
 * a version 1 delete overpays by that minimum fee). When the network is congested ({@code feePerByte} above 0) the
 * transaction's own fee is {@code max(minFee, feePerByte × encoded size)}, as algod's pool demands. The validity
 * window is the suggested one.
 */
public final class TransactionFactory {
    /** Whose Ed25519 checks signatures handed in for prepared transactions (BouncyCastle's: faster than the JDK's). */
    private static final Provider ED25519 = new BouncyCastleProvider();
    private final Supplier<TipProxyPrograms> programs;

    public TransactionFactory(TipProxyPrograms programs) {
        Objects.requireNonNull(programs, "programs");
        this.programs = () -> programs;
    }

    /**
     * A factory that asks for the TipProxy programs only when it first builds a create transaction (a real node
     * compiles them on demand, and every other transaction must not depend on that).
     */
    public TransactionFactory(Supplier<TipProxyPrograms> programs) {
        this.programs = Objects.requireNonNull(programs, "programs");
    }

    /** The unsigned transaction for {@code request}. */
    public Transaction build(TxnRequest request, TxParams params) {
        Transaction txn = switch (request) {
            case TxnRequest.Payment p -> common(Transaction.PaymentTransactionBuilder()
                    .receiver(algo(p.receiver())).amount(p.amount().value())
                    .note(p.note() == null ? null : p.note().getBytes(StandardCharsets.UTF_8)), p, params);
            case TxnRequest.CreateTipProxy c -> createTipProxy(c, params, programs.get());
            case TxnRequest.CallTipProxy c -> common(Transaction.ApplicationCallTransactionBuilder()
                    .applicationId(c.app().value())
                    .args(List.of(TipProxyAbi.selector(c.method().signature()))), c, params);
            case TxnRequest.UpdateMinTip u -> common(Transaction.ApplicationCallTransactionBuilder()
                    .applicationId(u.app().value())
                    .args(List.of(TipProxyAbi.selector(TipProxyAbi.UPDATE_MIN_TIP),
                            java.nio.ByteBuffer.allocate(Long.BYTES).putLong(u.minTip().value()).array())), u, params);
            case TxnRequest.DeleteTipProxy d -> common(Transaction.ApplicationDeleteTransactionBuilder()
                    .applicationId(d.app().value()), d, params, 1);
            case TxnRequest.CreateSticker s -> common(Transaction.AssetCreateTransactionBuilder()
                    .assetTotal(1L).assetDecimals(0).defaultFrozen(s.defaultFrozen())
                    .assetName(s.assetName()).assetUnitName(s.unitName()).url(s.url())
                    .metadataHash(s.metadataHash() == null ? null : s.metadataHash().bytes())
                    .manager(algo(s.sender())).reserve(algo(s.sender()))
                    .freeze(s.freeze() == null ? null : algo(s.freeze()))
                    .clawback(s.clawback() == null ? null : algo(s.clawback())), s, params);
            case TxnRequest.DestroyAsset d -> common(Transaction.AssetDestroyTransactionBuilder()
                    .assetIndex(d.asset().value()), d, params);
            case TxnRequest.AssetTransfer t when t.revocationTarget() != null ->
                    common(Transaction.AssetClawbackTransactionBuilder().assetIndex(t.asset().value())
                            .assetClawbackFrom(algo(t.revocationTarget())).assetReceiver(algo(t.receiver()))
                            .assetAmount(t.amount()), t, params);
            case TxnRequest.AssetTransfer t -> common(Transaction.AssetTransferTransactionBuilder()
                    .assetIndex(t.asset().value()).assetReceiver(algo(t.receiver())).assetAmount(t.amount()),
                    t, params);
            case TxnRequest.Rekey r -> common(Transaction.PaymentTransactionBuilder()
                    .receiver(algo(r.sender())).amount(0L).rekey(algo(r.newAuthAddress())), r, params);
        };
        return txn;
    }

    private static Transaction createTipProxy(TxnRequest.CreateTipProxy c, TxParams params, TipProxyPrograms code) {
        return common(Transaction.ApplicationCreateTransactionBuilder()
                .approvalProgram(new TEALProgram(code.approval()))
                .clearStateProgram(new TEALProgram(code.clear()))
                .globalStateSchema(new StateSchema(TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES))
                .localStateSchema(new StateSchema(0, 0))
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.CREATE), c.creator().publicKey(),
                        c.platform().publicKey(), c.treasury().publicKey(), TipProxyAbi.uint64(c.minTip().value()),
                        TipProxyAbi.uint64(c.fee().basisPoints()), TipProxyAbi.uint64(c.fee().floor().value()))),
                c, params);
    }

    /** Signs {@code txn} through {@code signer}: Ed25519 over "TX" + msgpack, with {@code sgnr} when rekeyed. */
    public ChainWrite sign(Transaction txn, Signer signer) {
        try {
            byte[] signature = signer.sign(txn.bytesToSign());
            if (signature == null || signature.length != 64) {
                throw new SignerUnavailableException("the signer returned no 64-byte Ed25519 signature");
            }
            String txId = txn.txID();
            SignedTransaction signed = new SignedTransaction(txn, new Signature(signature), txId);
            if (!signer.authAddress().equals(signer.address())) {
                signed.authAddr(algo(signer.authAddress()));
            }
            return new ChainWrite(TxId.of(txId), Round.of(txn.lastValid.longValueExact()),
                    Encoder.encodeToMsgPack(signed));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("algosdk could not encode a transaction it built", e);
        }
    }

    /**
     * The transactions as one atomic group, each signed by {@code signer}: each write has its own txid and the
     * concatenated bytes of the whole group (what algod's submission takes), so any one of them submits the group.
     * One transaction is signed as it is, ungrouped.
     */
    public List<ChainWrite> signGroup(List<Transaction> txns, Signer signer) {
        if (txns.size() == 1) {
            return List.of(sign(txns.get(0), signer));
        }
        try {
            TxGroup.assignGroupID(txns.toArray(Transaction[]::new));
        } catch (IOException e) {
            throw new IllegalStateException("algosdk could not group a transaction it built", e);
        }
        List<ChainWrite> signed = txns.stream().map(txn -> sign(txn, signer)).toList();
        java.io.ByteArrayOutputStream group = new java.io.ByteArrayOutputStream();
        signed.forEach(write -> group.writeBytes(write.signedBytes()));
        byte[] bytes = group.toByteArray();
        return signed.stream().map(write -> new ChainWrite(write.txId(), write.lastValid(), bytes)).toList();
    }

    /** The signed transactions of a write's bytes: one, or each of its group's, in order. */
    public static List<byte[]> split(byte[] signedBytes) {
        List<byte[]> parts = new ArrayList<>();
        try (var unpacker = org.msgpack.core.MessagePack.newDefaultUnpacker(signedBytes)) {
            long start = 0;
            while (unpacker.hasNext()) {
                unpacker.skipValue();
                long end = unpacker.getTotalReadBytes();
                parts.add(Arrays.copyOfRange(signedBytes, (int) start, (int) end));
                start = end;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not msgpack signed transactions", e);
        }
        return parts;
    }

    /**
     * The platform's {@code [pay → app, appl tip_for(fan, memo)]} group, grouped and signed by {@code signer}: the
     * call pays the fee of its two inner payments (creator and treasury), as a fan's tip call does.
     */
    public Chain.SignedGroup signTipFor(Chain.TipFor request, TxParams params, Signer signer) {
        Transaction pay = Transaction.PaymentTransactionBuilder().sender(algo(request.sender()))
                .receiver(algo(request.app().address())).amount(request.amount().value())
                .flatFee(params.minFee().value()).firstValid(params.firstValid().value())
                .lastValid(params.lastValid().value()).genesisID(params.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash()))).build();
        List<com.algorand.algosdk.crypto.Address> accounts = new java.util.ArrayList<>();
        accounts.add(algo(request.creator()));
        if (request.treasury() != null) {
            accounts.add(algo(request.treasury()));
        }
        var call = Transaction.ApplicationCallTransactionBuilder().sender(algo(request.sender()))
                .applicationId(request.app().value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP_FOR), request.fan().publicKey(),
                        TipProxyAbi.string(request.memo())))
                .accounts(accounts).flatFee(params.minFee().value() * 3)
                .firstValid(params.firstValid().value()).lastValid(params.lastValid().value())
                .genesisID(params.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())));
        if (request.lease() != null) {
            call.lease(request.lease().bytes());
        }
        Transaction appl = call.build();
        try {
            TxGroup.assignGroupID(pay, appl);
        } catch (IOException e) {
            throw new IllegalStateException("algosdk could not group a transaction it built", e);
        }
        ChainWrite signedPay = sign(pay, signer);
        ChainWrite signedCall = sign(appl, signer);
        return new Chain.SignedGroup(List.of(signedPay.signedBytes(), signedCall.signedBytes()), signedCall.txId(),
                signedCall.lastValid());
    }

    /** {@code txn} as an {@link UnsignedTxn}: its id, last valid round and canonical msgpack. */
    public static UnsignedTxn unsigned(Transaction txn) {
        try {
            return new UnsignedTxn(TxId.of(txn.txID()), Round.of(txn.lastValid.longValueExact()), encode(txn));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("algosdk could not hash a transaction it built", e);
        }
    }

    /** The prepared transaction with one signature by {@code signer} (the sender or its auth address). */
    public static ChainWrite withSignature(UnsignedTxn unsigned, Address signer, byte[] signature) {
        Transaction txn = decode(unsigned);
        if (signature == null || !Ed25519.verify(signer.publicKey(), unsigned.bytesToSign(), signature, ED25519)) {
            throw new IllegalArgumentException("the signature of " + unsigned.txId() + " does not verify with "
                    + signer.shortForm());
        }
        SignedTransaction signed = new SignedTransaction(txn, new Signature(signature), unsigned.txId().value());
        if (!signer.equals(Address.fromPublicKey(txn.sender.getBytes()))) {
            signed.authAddr(algo(signer));
        }
        return new ChainWrite(unsigned.txId(), unsigned.lastValid(), encodeSigned(signed));
    }

    /**
     * The prepared transaction signed by a multisig account: every member listed in order, with its signature when
     * it gave one. Needs at least the threshold of verifying signatures, and only from members.
     */
    public static ChainWrite withMultisig(UnsignedTxn unsigned, MultisigAccount account,
                                          Map<Address, byte[]> signatures) {
        Transaction txn = decode(unsigned);
        byte[] message = unsigned.bytesToSign();
        List<MultisigSignature.MultisigSubsig> subsigs = new ArrayList<>();
        int valid = 0;
        for (Address member : account.members()) {
            byte[] signature = signatures.get(member);
            if (signature == null) {
                subsigs.add(new MultisigSignature.MultisigSubsig(new Ed25519PublicKey(member.publicKey())));
                continue;
            }
            if (!Ed25519.verify(member.publicKey(), message, signature, ED25519)) {
                throw new IllegalArgumentException("the signature of " + member.shortForm() + " on "
                        + unsigned.txId() + " does not verify");
            }
            subsigs.add(new MultisigSignature.MultisigSubsig(new Ed25519PublicKey(member.publicKey()),
                    new Signature(signature)));
            valid++;
        }
        if (!account.members().containsAll(signatures.keySet())) {
            throw new IllegalArgumentException("a signature comes from a key that is not a member of " + account);
        }
        if (valid < account.threshold()) {
            throw new IllegalArgumentException(account + " needs " + account.threshold() + " signatures, not "
                    + valid);
        }
        SignedTransaction signed = new SignedTransaction(txn,
                new MultisigSignature(MultisigAccount.VERSION, account.threshold(), subsigs), unsigned.txId().value());
        if (!account.address().equals(Address.fromPublicKey(txn.sender.getBytes()))) {
            signed.authAddr(algo(account.address()));
        }
        return new ChainWrite(unsigned.txId(), unsigned.lastValid(), encodeSigned(signed));
    }

    /**
     * What a prepared transaction does, in words, for a person about to sign it: its type and effect, sender, fee,
     * validity window and network, plus any rekey or close-to (which hand over control or the whole balance).
     * {@link IllegalArgumentException} when the bytes do not hash to the stated txid.
     */
    public static String describe(UnsignedTxn unsigned) {
        Transaction t = decode(unsigned);
        String sender = address(t.sender);
        String effect = switch (t.type) {
            case Payment -> "pay " + algo(t.amount) + " to " + address(t.receiver);
            case ApplicationCall -> (t.onCompletion == Transaction.OnCompletion.DeleteApplicationOC
                    ? "DELETE application " : "call application (" + t.onCompletion + ") ") + t.applicationId;
            case AssetTransfer -> "move " + t.assetAmount + " of asset " + t.assetIndex + " to "
                    + address(t.assetReceiver)
                    + (isSet(t.assetSender) ? " out of " + address(t.assetSender) + " (clawback)" : "");
            case AssetConfig -> "configure asset " + t.assetIndex;
            default -> t.type.toValue() + " transaction";
        };
        StringBuilder text = new StringBuilder(effect).append("\n  sender ").append(sender)
                .append("\n  fee ").append(algo(t.fee))
                .append(", valid rounds ").append(t.firstValid).append("–").append(t.lastValid)
                .append(" on ").append(t.genesisID);
        if (isSet(t.rekeyTo)) {
            text.append("\n  REKEYS the sender to ").append(address(t.rekeyTo));
        }
        if (isSet(t.closeRemainderTo)) {
            text.append("\n  CLOSES the sender's account into ").append(address(t.closeRemainderTo));
        }
        if (isSet(t.assetCloseTo)) {
            text.append("\n  CLOSES the sender's holding of asset ").append(t.assetIndex).append(" into ")
                    .append(address(t.assetCloseTo));
        }
        if (t.note != null && t.note.length > 0) {
            text.append("\n  note: ").append(new String(t.note, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** The money and authority fields of a prepared transaction, decoded from its bytes. */
    public static TransactionFacts facts(UnsignedTxn unsigned) {
        Transaction t = decode(unsigned);
        return new TransactionFacts(t.type.toValue(), Address.fromPublicKey(t.sender.getBytes()),
                t.type == com.algorand.algosdk.transaction.Transaction.Type.Payment ? micro(t.amount) : MicroAlgos.ZERO,
                micro(t.fee), optional(t.rekeyTo), optional(t.closeRemainderTo), optional(t.assetCloseTo));
    }

    private static MicroAlgos micro(BigInteger value) {
        return MicroAlgos.of(value == null ? 0 : value.longValueExact());
    }

    private static Address optional(com.algorand.algosdk.crypto.Address address) {
        return isSet(address) ? Address.fromPublicKey(address.getBytes()) : null;
    }

    private static String algo(BigInteger microAlgos) {
        return MicroAlgos.of(microAlgos == null ? 0 : microAlgos.longValueExact()).toAlgoString() + " ALGO";
    }

    private static boolean isSet(com.algorand.algosdk.crypto.Address address) {
        return address != null && !Arrays.equals(address.getBytes(), new byte[32]);
    }

    private static String address(com.algorand.algosdk.crypto.Address address) {
        return address == null ? "(none)" : Address.fromPublicKey(address.getBytes()).value();
    }

    private static Transaction decode(UnsignedTxn unsigned) {
        try {
            Transaction txn = Encoder.decodeFromMsgPack(unsigned.bytes(), Transaction.class);
            if (!txn.txID().equals(unsigned.txId().value())) {
                throw new IllegalArgumentException("the prepared transaction does not hash to " + unsigned.txId());
            }
            return txn;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("not a prepared transaction: " + e.getMessage(), e);
        }
    }

    private static byte[] encodeSigned(SignedTransaction signed) {
        try {
            return Encoder.encodeToMsgPack(signed);
        } catch (IOException e) {
            throw new IllegalStateException("algosdk could not encode a signed transaction", e);
        }
    }

    /**
     * The transaction of {@code write} signed anew through {@code signer}: the same body, so the same txid (checked),
     * with the signature and {@code sgnr} of the signer's current key. See {@code Chain#resign}. A write of an atomic
     * group carries the whole group's bytes: every transaction of the group is signed anew (same bodies, so the same
     * group id and txids) and the write keeps its txid with the re-signed group's bytes.
     */
    public ChainWrite resign(ChainWrite write, Signer signer) {
        List<byte[]> parts = split(write.signedBytes());
        if (parts.size() == 1) {
            ChainWrite resigned = resignOne(write.txId(), parts.get(0), signer);
            if (!resigned.txId().equals(write.txId())) {
                throw new IllegalStateException("re-encoding write " + write.txId() + " changed its id");
            }
            return resigned;
        }
        java.io.ByteArrayOutputStream group = new java.io.ByteArrayOutputStream();
        boolean found = false;
        for (byte[] part : parts) {
            ChainWrite resigned = resignOne(write.txId(), part, signer);
            found |= resigned.txId().equals(write.txId());
            group.writeBytes(resigned.signedBytes());
        }
        if (!found) {
            throw new IllegalArgumentException("write " + write.txId() + " is not a transaction of its own group");
        }
        return new ChainWrite(write.txId(), write.lastValid(), group.toByteArray());
    }

    private ChainWrite resignOne(TxId writeId, byte[] signedBytes, Signer signer) {
        SignedTransaction signed;
        try {
            signed = Encoder.decodeFromMsgPack(signedBytes, SignedTransaction.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("write " + writeId + " is not a signed transaction", e);
        }
        Address sender = Address.fromPublicKey(signed.tx.sender.getBytes());
        if (!sender.equals(signer.address())) {
            throw new IllegalArgumentException("write " + writeId + " is sent by " + sender
                    + ", not by the signer's account " + signer.address());
        }
        return sign(signed.tx, signer);
    }

    /** The canonical msgpack of an unsigned transaction, as wallets expect it. */
    public static byte[] encode(Transaction txn) {
        try {
            return Encoder.encodeToMsgPack(txn);
        } catch (IOException e) {
            throw new IllegalStateException("algosdk could not encode a transaction it built", e);
        }
    }

    private static Transaction common(TransactionBuilder<?> builder, TxnRequest request, TxParams params) {
        return common(builder, request, params, 0);
    }

    /** {@code innerTransactions}: how many inner transactions the call makes, each paid by one more minimum fee. */
    private static Transaction common(TransactionBuilder<?> builder, TxnRequest request, TxParams params,
                                      int innerTransactions) {
        builder.sender(algo(request.sender()))
                .flatFee(params.minFee().value())
                .firstValid(params.firstValid().value())
                .lastValid(params.lastValid().value())
                .genesisID(params.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())));
        Hash32 lease = request.lease();
        if (lease != null) {
            builder.lease(lease.bytes());
        }
        Transaction txn = builder.build();
        long ownFee = params.minFee().value();
        if (params.feePerByte() > 0) {
            ownFee = Math.max(ownFee, Math.multiplyExact(params.feePerByte(), encodedSize(txn)));
        }
        txn.fee = BigInteger.valueOf(Math.addExact(ownFee, Math.multiplyExact(innerTransactions,
                params.minFee().value())));
        return txn;
    }

    private static long encodedSize(Transaction txn) {
        try {
            return Account.estimatedEncodedSize(txn).longValueExact();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("algosdk cannot size a transaction it built", e);
        }
    }

    static com.algorand.algosdk.crypto.Address algo(Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }
}
