package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.address;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.encode;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.crypto.Signature;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {
    private final LedgerKit kit = new LedgerKit();
    private final Account alice = kit.fundedAccount(10_000_000);
    private final Address bob = address(LedgerKit.newAccount());

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aValidPaymentMovesAlgoAndChargesTheFee() {
        kit.commit(alice, kit.payment(alice, bob, 1_000_000));

        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(1_000_000);
        assertThat(kit.balance(alice)).isEqualTo(10_000_000 - 1_000_000 - 1_000);
    }

    @Test
    void aSignatureByAnotherKeyIsRejected() throws Exception {
        Account mallory = LedgerKit.newAccount();
        Transaction txn = kit.payment(alice, bob, 1_000_000);
        SignedTransaction forged = mallory.signTransaction(txn).authAddr(new com.algorand.algosdk.crypto.Address());

        kit.assertRejected(encode(forged)).hasMessageContaining("invalid signature");
    }

    @Test
    void aValidSignatureByAKeyThatDoesNotControlTheAccountIsRejected() {
        Account mallory = LedgerKit.newAccount();

        kit.assertRejected(sign(mallory, kit.payment(alice, bob, 1_000_000))).hasMessageContaining("not authorized");
    }

    @Test
    void aTamperedSignatureIsRejected() throws Exception {
        SignedTransaction signed = alice.signTransaction(kit.payment(alice, bob, 1_000_000));
        byte[] sig = signed.sig.getBytes();
        sig[0] ^= 1;
        signed.sig = new Signature(sig);

        kit.assertRejected(encode(signed)).hasMessageContaining("invalid signature");
    }

    @Test
    void anUnsignedTransactionIsRejected() throws Exception {
        Transaction txn = kit.payment(alice, bob, 1_000_000);

        kit.assertRejected(encode(new SignedTransaction(txn, new Signature(), txn.txID())))
                .hasMessageContaining("missing signature");
    }

    @Test
    void garbageIsRejectedAsMalformed() {
        kit.assertRejected("not msgpack".getBytes(StandardCharsets.UTF_8)).hasMessageContaining("malformed");
    }

    @Test
    void aGroupWithAWrongGroupIdIsRejected() {
        Transaction first = kit.payment(alice, bob, 1_000_000);
        Transaction second = kit.payment(alice, bob, 2_000_000);
        LedgerKit.group(first, second);
        second.group = new Digest(new byte[32]);
        second.group.getBytes()[0] = 1;

        kit.assertRejected(sign(alice, first), sign(alice, second)).hasMessageContaining("group id mismatch");
    }

    @Test
    void groupedTransactionsSubmittedAloneAreRejected() {
        Transaction first = kit.payment(alice, bob, 1_000_000);
        Transaction second = kit.payment(alice, bob, 2_000_000);
        LedgerKit.group(first, second);

        kit.assertRejected(sign(alice, first)).hasMessageContaining("group id mismatch");
    }

    @Test
    void aGroupAppliesAtomically() {
        Transaction ok = kit.payment(alice, bob, 1_000_000);
        Transaction tooMuch = kit.payment(alice, bob, 50_000_000);
        LedgerKit.group(ok, tooMuch);

        kit.assertRejected(sign(alice, ok), sign(alice, tooMuch)).hasMessageContaining("overspend");
        kit.ledger.produceBlock();

        assertThat(kit.ledger.account(bob).balance().value()).isZero();
        assertThat(kit.balance(alice)).isEqualTo(10_000_000);
    }

    @Test
    void anExpiredTransactionIsRejected() {
        kit.ledger.produceBlock();
        kit.ledger.produceBlock();
        kit.ledger.produceBlock();
        Transaction stale = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1).firstValid(1L).lastValid(2L).build();

        kit.assertRejected(sign(alice, stale))
                .hasMessageContaining("transaction expired: round 4 is past last valid 2");
    }

    @Test
    void aTransactionNotYetValidIsRejected() {
        Transaction early = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1).firstValid(5L).lastValid(100L).build();

        kit.assertRejected(sign(alice, early)).hasMessageContaining("not yet valid");
    }

    @Test
    void aValidityWindowLongerThanAThousandRoundsIsRejected() {
        Transaction longLived = kit.params(Transaction.PaymentTransactionBuilder(), alice)
                .receiver(LedgerKit.algo(bob)).amount(1).firstValid(1L).lastValid(1002L).build();

        kit.assertRejected(sign(alice, longLived)).hasMessageContaining("exceeds 1000");
    }

    @Test
    void aPaymentThatLeavesTheSenderBelowItsMinimumBalanceIsRejected() {
        kit.assertRejected(sign(alice, kit.payment(alice, bob, 9_950_000)))
                .hasMessageContaining("overspend: account " + address(alice))
                .hasMessageContaining("below min balance 100000");
    }

    @Test
    void aPaymentThatLeavesTheReceiverBelowItsMinimumBalanceIsRejected() {
        kit.assertRejected(sign(alice, kit.payment(alice, bob, 50_000)))
                .hasMessageContaining("account " + bob + " balance 50000 µALGO below min balance 100000");
    }

    @Test
    void closingAnAccountEmptiesItIntoTheCloseTarget() {
        Transaction close = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).closeRemainderTo(LedgerKit.algo(bob)).build();

        kit.commit(alice, close);

        assertThat(kit.balance(alice)).isZero();
        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(10_000_000 - 1_000);
    }

    @Test
    void aLeaseIsHeldUntilTheHolderCanNoLongerConfirm() {
        byte[] lease = new byte[32];
        Arrays.fill(lease, (byte) 7);
        Transaction first = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).lease(lease).lastValid(3L).build();
        Transaction second = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(2_000_000).lease(lease).build();
        kit.commit(alice, first);

        kit.assertRejected(sign(alice, second)).hasMessageContaining("lease in use");

        kit.ledger.produceBlock();
        kit.ledger.produceBlock();
        Transaction later = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(2_000_000).lease(lease).build();
        assertThat(kit.submit(sign(alice, later))).hasSize(1);
    }

    @Test
    void theSameTransactionIsAcceptedOnlyOnce() {
        byte[] signed = sign(alice, kit.payment(alice, bob, 1_000_000));
        kit.submit(signed);

        kit.assertRejected(signed).hasMessageContaining("already in the pending pool");
        kit.ledger.produceBlock();
        kit.assertRejected(signed).hasMessageContaining("already in ledger");
        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(1_000_000);
    }

    @Test
    void aTransactionForAnotherNetworkIsRejected() {
        Transaction txn = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).genesisHash(new Digest(new byte[32])).build();

        kit.assertRejected(sign(alice, txn)).hasMessageContaining("wrong network");
    }

    @Test
    void feesArePooledAcrossTheGroupButMustCoverEveryTransaction() {
        Transaction free = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).flatFee(0L).build();
        Transaction generous = kit.params(Transaction.PaymentTransactionBuilder(), alice)
                .receiver(LedgerKit.algo(bob)).amount(1_000_000).flatFee(2_000L).build();
        LedgerKit.group(free, generous);
        assertThat(kit.submit(sign(alice, free), sign(alice, generous))).hasSize(2);

        Transaction alone = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).flatFee(999L).build();
        kit.assertRejected(sign(alice, alone)).hasMessageContaining("fee too small");
    }

    @Test
    void aRekeyedAccountSignsOnlyWithItsNewKey() {
        Account newKey = LedgerKit.newAccount();
        Transaction rekey = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).rekey(newKey.getAddress()).build();
        kit.commit(alice, rekey);
        assertThat(kit.ledger.account(address(alice)).authAddress()).isEqualTo(address(newKey));

        kit.assertRejected(sign(alice, kit.payment(alice, bob, 1_000_000))).hasMessageContaining("not authorized");

        TxId paid = kit.commit(newKey, kit.payment(alice, bob, 1_000_000));
        assertThat(kit.ledger.confirmation(paid)).isPresent();
        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(2_000_000);
    }

    @Test
    void rekeyingBackToItselfRestoresTheOriginalKey() {
        Account newKey = LedgerKit.newAccount();
        kit.commit(alice, kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).rekey(newKey.getAddress()).build());
        kit.commit(newKey, kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(0).rekey(alice.getAddress()).build());

        assertThat(kit.ledger.account(address(alice)).authAddress()).isNull();
        assertThat(kit.ledger.confirmation(kit.commit(alice, kit.payment(alice, bob, 1)))).isPresent();
    }

    @Test
    void aNoteLongerThan1024BytesIsRejected() {
        Transaction txn = kit.params(Transaction.PaymentTransactionBuilder(), alice).receiver(LedgerKit.algo(bob))
                .amount(1_000_000).note(new byte[1025]).build();

        kit.assertRejected(sign(alice, txn)).hasMessageContaining("note is longer than 1024 bytes");
    }

    @Test
    void anAppCallReferencesAtMostFourAccounts() {
        var accounts = java.util.stream.Stream.generate(() -> LedgerKit.newAccount().getAddress()).limit(5).toList();
        Transaction call = kit.params(Transaction.ApplicationCallTransactionBuilder(), alice).applicationId(1234L)
                .accounts(accounts).build();

        kit.assertRejected(sign(alice, call)).hasMessageContaining("at most 4 accounts");
    }

    @Test
    void blocksRecordTheirTransactionsAndStatusFollowsThem() {
        TxId txId = kit.submit(sign(alice, kit.payment(alice, bob, 1_000_000))).get(0);
        assertThat(kit.ledger.isPending(txId)).isTrue();
        assertThat(kit.ledger.confirmation(txId)).isEmpty();

        var round = kit.ledger.produceBlock();

        assertThat(kit.ledger.isPending(txId)).isFalse();
        assertThat(kit.ledger.confirmation(txId).orElseThrow().round()).isEqualTo(round);
        assertThat(kit.ledger.blockTxIds(round)).containsExactly(txId);
    }
}
