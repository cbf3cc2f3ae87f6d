package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.address;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Ed25519PublicKey;
import com.algorand.algosdk.crypto.MultisigAddress;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MultisigAccount;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Multisig accounts on the simulated ledger, signed by algosdk's own multisig code (an independent encoder): the
 * threshold of member signatures is needed, the keys must hash to the authorizing address, and an account rekeyed
 * to a multisig address is then controlled by its members.
 */
class MultisigRulesTest {
    private final LedgerKit kit = new LedgerKit();
    private final Account first = LedgerKit.newAccount();
    private final Account second = LedgerKit.newAccount();
    private final Account third = LedgerKit.newAccount();
    private final MultisigAddress keys = multisig(2, first, second, third);
    private final Address bob = address(LedgerKit.newAccount());

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void ourMultisigAddressIsAlgosdks() throws Exception {
        assertThat(new MultisigAccount(2, List.of(address(first), address(second), address(third))).address())
                .isEqualTo(Address.fromPublicKey(keys.toAddress().getBytes()));
    }

    @Test
    void twoOfThreeMembersSpendFromTheMultisigAccount() throws Exception {
        Address account = fund(keys);
        Transaction txn = payment(account, 1_000_000);
        SignedTransaction signed = third.appendMultisigTransaction(keys, first.signMultisigTransaction(keys, txn));

        kit.submit(encode(signed));
        kit.ledger.produceBlock();

        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(1_000_000);
    }

    @Test
    void oneSignatureBelowTheThresholdIsRejected() throws Exception {
        Address account = fund(keys);
        SignedTransaction signed = first.signMultisigTransaction(keys, payment(account, 1_000_000));

        kit.assertRejected(encode(signed)).hasMessageContaining("has 1 of the 2 signatures");
    }

    @Test
    void membersOfAnotherMultisigCannotSpend() throws Exception {
        Address account = fund(keys);
        MultisigAddress other = multisig(1, first, second, third);
        SignedTransaction signed = first.signMultisigTransaction(other, payment(account, 1_000_000));

        kit.assertRejected(encode(signed)).hasMessageContaining("not authorized");
    }

    @Test
    void aForgedMemberSignatureIsRejected() throws Exception {
        Address account = fund(keys);
        Transaction txn = payment(account, 1_000_000);
        SignedTransaction signed = second.appendMultisigTransaction(keys, first.signMultisigTransaction(keys, txn));
        byte[] forged = signed.mSig.subsigs.get(1).sig.getBytes();
        forged[3] ^= 1;
        signed.mSig.subsigs.get(1).sig = new com.algorand.algosdk.crypto.Signature(forged);

        kit.assertRejected(encode(signed)).hasMessageContaining("does not verify");
    }

    @Test
    void anAccountRekeyedToAMultisigIsControlledByItsMembers() throws Exception {
        Account admin = kit.fundedAccount(5_000_000);
        kit.commit(admin, kit.params(Transaction.PaymentTransactionBuilder(), admin).receiver(admin.getAddress())
                .amount(0).rekey(keys.toAddress()).build());
        assertThat(kit.ledger.account(address(admin)).authAddress())
                .isEqualTo(Address.fromPublicKey(keys.toAddress().getBytes()));

        kit.assertRejected(LedgerKit.sign(admin, kit.payment(admin, bob, 1_000_000)))
                .hasMessageContaining("not authorized");
        Transaction txn = kit.payment(admin, bob, 1_000_000);
        SignedTransaction signed = second.appendMultisigTransaction(keys, first.signMultisigTransaction(keys, txn));
        signed.authAddr(keys.toAddress());
        kit.submit(encode(signed));
        kit.ledger.produceBlock();

        assertThat(kit.ledger.account(bob).balance().value()).isEqualTo(1_000_000);
    }

    private Address fund(MultisigAddress multisig) throws Exception {
        Address account = Address.fromPublicKey(multisig.toAddress().getBytes());
        kit.ledger.fund(account, dev.stickerplatform.domain.model.MicroAlgos.of(5_000_000));
        return account;
    }

    private Transaction payment(Address from, long amount) {
        Transaction txn = kit.payment(first, bob, amount);
        txn.sender = LedgerKit.algo(from);
        return txn;
    }

    private static MultisigAddress multisig(int threshold, Account... members) {
        return new MultisigAddress(1, threshold, java.util.Arrays.stream(members)
                .map(member -> new Ed25519PublicKey(member.getAddress().getBytes())).toList());
    }
}
