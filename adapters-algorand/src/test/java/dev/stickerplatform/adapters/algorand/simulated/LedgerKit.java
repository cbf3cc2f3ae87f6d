package dev.stickerplatform.adapters.algorand.simulated;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.builder.transaction.TransactionBuilder;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;

/** Builds, signs and submits real algosdk transactions against a {@link SimulatedLedger}. */
final class LedgerKit implements AutoCloseable {
    final SimulatedLedger ledger;

    LedgerKit() {
        this(new SimulatedLedger());
    }

    LedgerKit(SimulatedLedger ledger) {
        this.ledger = ledger;
    }

    static Account newAccount() {
        try {
            return new Account();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Account accountFromSeed(byte[] seed) {
        try {
            return new Account(seed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Account fundedAccount(long microAlgos) {
        Account account = newAccount();
        ledger.fund(address(account), MicroAlgos.of(microAlgos));
        return account;
    }

    static Address address(Account account) {
        return Address.fromPublicKey(account.getAddress().getBytes());
    }

    static com.algorand.algosdk.crypto.Address algo(Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }

    long balance(Account account) {
        return ledger.account(address(account)).balance().value();
    }

    /** Sender, a flat minimum fee, a 1000-round window from the next round, and this ledger's genesis. */
    <B extends TransactionBuilder<?>> B params(B builder, Account sender) {
        long first = ledger.currentRound().value() + 1;
        builder.sender(sender.getAddress()).flatFee(SimulatedLedger.MIN_FEE).firstValid(first)
                .lastValid(first + 999).genesisID(ledger.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(ledger.genesisHash())));
        return builder;
    }

    Transaction payment(Account from, Address to, long amount) {
        return params(Transaction.PaymentTransactionBuilder(), from).receiver(algo(to)).amount(amount).build();
    }

    static byte[] sign(Account signer, Transaction txn) {
        try {
            return Encoder.encodeToMsgPack(signer.signTransaction(txn));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(SignedTransaction signed) {
        try {
            return Encoder.encodeToMsgPack(signed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Assigns the group id to all of {@code txns}. */
    static void group(Transaction... txns) {
        try {
            TxGroup.assignGroupID(txns);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<TxId> submit(byte[]... signed) {
        return ledger.submit(Arrays.asList(signed));
    }

    /** Submits and commits a single transaction signed by its sender. */
    TxId commit(Account signer, Transaction txn) {
        TxId txId = submit(sign(signer, txn)).get(0);
        ledger.produceBlock();
        return txId;
    }

    AbstractThrowableAssert<?, ? extends Throwable> assertRejected(byte[]... signed) {
        return assertThatThrownBy(() -> submit(signed)).isInstanceOf(ChainRejectedException.class);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
