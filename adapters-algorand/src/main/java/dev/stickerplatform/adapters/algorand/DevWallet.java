package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.builder.transaction.TransactionBuilder;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * A fan's wallet for development and tests: holds a key in memory and signs exactly what a real wallet (Pera,
 * algosdk) would — the TipProxy tip group, and unsigned transactions prepared by the API (opt-in, pause).
 * Never used by the platform itself.
 */
public final class DevWallet {
    /**
     * Two outer transactions plus the contract's inner payments (the creator's share and, when there is a fee, the
     * treasury's): the group pays 4 × the minimum fee.
     */
    private static final int FEE_SHARES_PER_TRANSACTION = 2;
    private final Account account;
    private final byte[] seed;

    private DevWallet(byte[] seed) {
        try {
            this.seed = seed.clone();
            this.account = new Account(this.seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    public static DevWallet generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new DevWallet(seed);
    }

    public static DevWallet fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("a wallet seed is 32 bytes");
        }
        return new DevWallet(seed);
    }

    public Address address() {
        return Address.fromPublicKey(account.getAddress().getBytes());
    }

    /** The key as Algorand's 25-word mnemonic (for {@code <ROLE>_MNEMONIC} on a development network). */
    public String mnemonic() {
        return com.algorand.algosdk.mnemonic.Mnemonic.fromKey(seed());
    }

    /** The 32-byte private seed, for a development key file. Never log it. */
    public byte[] seed() {
        return seed.clone();
    }

    /**
     * {@link #signTip(AppId, Address, Address, MicroAlgos, String, TxParams)} for an app that pays no fee to a
     * treasury: a version 2 app whose fee is 0 (the simulated network's default), or a version 1 app.
     */
    public List<byte[]> signTip(AppId app, Address creator, MicroAlgos amount, String memo, TxParams params) {
        return signTip(app, creator, null, amount, memo, params);
    }

    /**
     * Signs the TipProxy tip group {@code [pay fan → app, appl tip(memo)]} with the creator and the treasury in the
     * call's accounts and fees that cover the inner payments. {@code treasury} is the app's
     * {@code treasury_address}; null leaves it out (a version 1 app has none, an app without fee does not pay it).
     *
     * @return the signed transactions, msgpack, in group order
     */
    public List<byte[]> signTip(AppId app, Address creator, Address treasury, MicroAlgos amount, String memo,
                                TxParams params) {
        long fee = params.minFee().value() * FEE_SHARES_PER_TRANSACTION;
        Transaction pay = withParams(Transaction.PaymentTransactionBuilder(), params, fee)
                .receiver(algo(app.address())).amount(amount.value()).build();
        Transaction call = withParams(Transaction.ApplicationCallTransactionBuilder(), params, fee)
                .applicationId(app.value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP), TipProxyAbi.string(memo)))
                .accounts(treasury == null ? List.of(algo(creator)) : List.of(algo(creator), algo(treasury))).build();
        try {
            TxGroup.assignGroupID(pay, call);
            return List.of(Encoder.encodeToMsgPack(account.signTransaction(pay)),
                    Encoder.encodeToMsgPack(account.signTransaction(call)));
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the tip group", e);
        }
    }

    /** Signs a payment from this wallet, e.g. what a paid registration's quote asks for (note as UTF-8). */
    public byte[] signPayment(Address receiver, MicroAlgos amount, String note, TxParams params) {
        Transaction pay = withParams(Transaction.PaymentTransactionBuilder(), params, params.minFee().value())
                .receiver(algo(receiver)).amount(amount.value())
                .noteUTF8(note == null || note.isEmpty() ? null : note).build();
        try {
            return Encoder.encodeToMsgPack(account.signTransaction(pay));
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the payment", e);
        }
    }

    /** Signs an unsigned transaction (msgpack) as the API prepared it, e.g. an asset opt-in. */
    public byte[] signPrepared(byte[] unsignedTxn) {
        try {
            Transaction txn = Encoder.decodeFromMsgPack(unsignedTxn, Transaction.class);
            return Encoder.encodeToMsgPack(account.signTransaction(txn));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an unsigned transaction this wallet can sign", e);
        }
    }

    /**
     * Signs arbitrary bytes as Pera Wallet's {@code signData} and algosdk's {@code Account.signBytes} do: the
     * 64-byte Ed25519 signature of {@code "MX" + message} (the prefix keeps it from ever being a transaction).
     */
    public byte[] signData(byte[] message) {
        try {
            return account.signBytes(message).getBytes();
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the message", e);
        }
    }

    private <B extends TransactionBuilder<?>> B withParams(B builder, TxParams params, long fee) {
        builder.sender(account.getAddress()).flatFee(fee).firstValid(params.firstValid().value())
                .lastValid(params.lastValid().value()).genesisID(params.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())));
        return builder;
    }

    private static com.algorand.algosdk.crypto.Address algo(Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }

    @Override
    public String toString() {
        return "DevWallet[" + address() + "]";
    }
}
