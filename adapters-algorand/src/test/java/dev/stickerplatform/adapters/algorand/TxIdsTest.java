package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Txids recomputed from decoded msgpack match algosdk's own, as signed and as a block stores them. */
class TxIdsTest {
    private static final byte[] GENESIS_HASH = filled(32, (byte) 0x5a);
    private final Account sender = account();

    @Test
    void aPaymentWithNoteAndLeaseHasAlgosdksTxid() throws Exception {
        Transaction txn = params(Transaction.PaymentTransactionBuilder()).receiver(account().getAddress())
                .amount(1_234_567L).note("hello".getBytes(StandardCharsets.UTF_8)).lease(new byte[32]).build();
        txn.lease = filled(32, (byte) 7);

        assertThat(TxIds.ofSignedGroup(List.of(signed(txn)))).containsExactly(TxId.of(txn.txID()));
    }

    @Test
    void aZeroFeeTransactionKeepsItsTxid() throws Exception {
        // algosdk would decode the absent fee as 1000 and change the id; the raw map does not
        Transaction txn = params(Transaction.ApplicationCallTransactionBuilder()).applicationId(1001L)
                .args(List.of(new byte[] {1, 2, 3}, new byte[0])).accounts(List.of(account().getAddress()))
                .foreignApps(List.of(7L, 300_000L)).flatFee(0L).build();

        assertThat(TxIds.ofSignedGroup(List.of(signed(txn)))).containsExactly(TxId.of(txn.txID()));
    }

    @Test
    void aBlockTransactionGetsItsGenesisFieldsBackBeforeHashing() throws Exception {
        Transaction txn = params(Transaction.AssetTransferTransactionBuilder()).assetIndex(1234L)
                .assetReceiver(sender.getAddress()).assetAmount(0L).build();
        Map<String, Object> inBlock = new HashMap<>(txnMap(signed(txn)));
        inBlock.remove("gen");
        inBlock.remove("gh");

        assertThat(TxIds.ofBlockTxn(inBlock, "sim-v1", GENESIS_HASH)).isEqualTo(TxId.of(txn.txID()));
        assertThat(TxIds.ofBlockTxn(inBlock, null, GENESIS_HASH)).isNotEqualTo(TxId.of(txn.txID()));
    }

    private <B extends com.algorand.algosdk.builder.transaction.TransactionBuilder<?>> B params(B builder) {
        builder.sender(sender.getAddress()).flatFee(1_000L).firstValid(5L).lastValid(1_004L)
                .genesisID("sim-v1").genesisHash(new Digest(GENESIS_HASH));
        return builder;
    }

    private byte[] signed(Transaction txn) throws Exception {
        return Encoder.encodeToMsgPack(sender.signTransaction(txn));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> txnMap(byte[] signed) throws Exception {
        return (Map<String, Object>) Encoder.decodeFromMsgPack(signed, Map.class).get("txn");
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    private static Account account() {
        try {
            return new Account();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
