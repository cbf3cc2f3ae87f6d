package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionFactoryTest {
    private final SimulatedLedger ledger = new SimulatedLedger();
    private final SimulatedChain chain = new SimulatedChain(ledger);
    private final TransactionFactory factory = new TransactionFactory(TipProxyPrograms.tealSources());

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aPaymentHasTheSuggestedWindowAFlatMinimumFeeAndTheLease() {
        Signer payer = TestKeys.newSigner();
        Hash32 lease = new Hash32("ab".repeat(32));
        TxParams params = chain.suggestedParams();

        Transaction txn = factory.build(new TxnRequest.Payment(payer.address(), TestKeys.newAddress(),
                MicroAlgos.of(5), "hello", lease), params);

        assertThat(txn.fee.longValue()).isEqualTo(1_000);
        assertThat(txn.firstValid.longValue()).isEqualTo(params.firstValid().value());
        assertThat(txn.lastValid.longValue()).isEqualTo(params.lastValid().value());
        assertThat(txn.lastValid.longValue() - txn.firstValid.longValue()).isLessThanOrEqualTo(1000);
        assertThat(txn.genesisID).isEqualTo(ledger.genesisId());
        assertThat(txn.lease).isEqualTo(lease.bytes());
        assertThat(new String(txn.note)).isEqualTo("hello");
    }

    @Test
    void aGoldenStickerHasNoFreezeNorClawbackAddress() {
        Signer minter = TestKeys.newSigner();

        Transaction txn = factory.build(new TxnRequest.CreateSticker(minter.address(), "Golden Star", "GOLDEN",
                "https://example.test/g.json", null, false, null, null, null), chain.suggestedParams());

        assertThat(txn.assetParams.assetTotal.longValue()).isEqualTo(1);
        assertThat(txn.assetParams.assetDecimals).isZero();
        assertThat(txn.assetParams.assetDefaultFrozen).isFalse();
        assertThat(txn.assetParams.assetManager.getBytes()).isEqualTo(minter.address().publicKey());
        assertThat(txn.assetParams.assetReserve.getBytes()).isEqualTo(minter.address().publicKey());
        assertThat(txn.assetParams.assetFreeze.getBytes()).isEqualTo(new byte[32]);
        assertThat(txn.assetParams.assetClawback.getBytes()).isEqualTo(new byte[32]);
    }

    @Test
    void aRekeyedAccountIsSignedByItsAuthAddressAndNamesItInTheSignedTransaction() throws Exception {
        Signer ownKey = TestKeys.newSigner();
        Signer newKey = TestKeys.newSigner();
        ledger.fund(ownKey.address(), MicroAlgos.ofAlgo(5));
        Transaction rekey = factory.build(new TxnRequest.Payment(ownKey.address(), ownKey.address(),
                MicroAlgos.ZERO, null, null), chain.suggestedParams());
        rekey.rekeyTo = new com.algorand.algosdk.crypto.Address(newKey.address().publicKey());
        chain.submit(factory.sign(rekey, ownKey));
        ledger.produceBlock();
        Signer rekeyed = new RekeyedSigner(ownKey.address(), newKey);

        ChainWrite write = chain.sign(new TxnRequest.Payment(ownKey.address(), TestKeys.newAddress(),
                MicroAlgos.ofAlgo(1), null, null), rekeyed);
        chain.submit(write);
        ledger.produceBlock();

        SignedTransaction signed = Encoder.decodeFromMsgPack(write.signedBytes(), SignedTransaction.class);
        assertThat(signed.authAddr.getBytes()).isEqualTo(newKey.address().publicKey());
        assertThat(chain.status(write.txId(), write.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
        assertThat(chain.account(ownKey.address()).signingAddress()).isEqualTo(newKey.address());
    }

    @Test
    void aGroupSignedBeforeARekeyIsReSignedWholeWithTheSameGroupIdAndTxids() throws Exception {
        Signer ownKey = TestKeys.newSigner();
        Signer newKey = TestKeys.newSigner();
        ledger.fund(ownKey.address(), MicroAlgos.ofAlgo(5));
        List<ChainWrite> group = chain.signGroup(List.of(
                new TxnRequest.Payment(ownKey.address(), TestKeys.newAddress(), MicroAlgos.ofAlgo(1), "a", null),
                new TxnRequest.Payment(ownKey.address(), TestKeys.newAddress(), MicroAlgos.ofAlgo(1), "b", null),
                new TxnRequest.Payment(ownKey.address(), TestKeys.newAddress(), MicroAlgos.ofAlgo(1), "c", null)),
                ownKey);
        chain.submit(chain.sign(new TxnRequest.Rekey(ownKey.address(), newKey.address(), null), ownKey));
        ledger.produceBlock();
        assertThatThrownBy(() -> chain.submit(group.get(1))).isInstanceOf(NotAuthorizedException.class);

        ChainWrite resigned = chain.resign(group.get(1), TestKeys.rekeyed(ownKey.address(), newKey));

        assertThat(resigned.txId()).isEqualTo(group.get(1).txId());
        assertThat(resigned.lastValid()).isEqualTo(group.get(1).lastValid());
        List<byte[]> before = TransactionFactory.split(group.get(1).signedBytes());
        List<byte[]> after = TransactionFactory.split(resigned.signedBytes());
        assertThat(after).hasSize(3);
        for (int i = 0; i < 3; i++) {
            SignedTransaction old = Encoder.decodeFromMsgPack(before.get(i), SignedTransaction.class);
            SignedTransaction now = Encoder.decodeFromMsgPack(after.get(i), SignedTransaction.class);
            assertThat(now.tx.txID()).isEqualTo(old.tx.txID()).isEqualTo(group.get(i).txId().value());
            assertThat(now.tx.group).isEqualTo(old.tx.group);
            assertThat(now.authAddr.getBytes()).isEqualTo(newKey.address().publicKey());
        }
        chain.submit(resigned);
        ledger.produceBlock();
        for (ChainWrite write : group) {
            assertThat(chain.status(write.txId(), write.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
        }
    }

    @Test
    void aGroupHoldingAnotherAccountsTransactionIsNotReSigned() {
        Signer ownKey = TestKeys.newSigner();
        Signer other = TestKeys.newSigner();
        ChainWrite mixed = factory.signGroup(List.of(
                factory.build(new TxnRequest.Payment(ownKey.address(), other.address(), MicroAlgos.of(1), null, null),
                        chain.suggestedParams()),
                factory.build(new TxnRequest.Payment(other.address(), ownKey.address(), MicroAlgos.of(1), null, null),
                        chain.suggestedParams())), ownKey).get(0);

        assertThatThrownBy(() -> factory.resign(mixed, ownKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not by the signer's account");
    }

    @Test
    void anUnsignedTransactionSignedByAWalletIsAccepted() throws Exception {
        Account wallet = new Account();
        Address fan = Address.fromPublicKey(wallet.getAddress().getBytes());
        ledger.fund(fan, MicroAlgos.ofAlgo(1));
        Signer minter = TestKeys.newSigner();
        ledger.fund(minter.address(), MicroAlgos.ofAlgo(1));
        ChainWrite create = chain.sign(new TxnRequest.CreateSticker(minter.address(), "Star", "STICKER",
                "https://example.test/s.json", null, true, minter.address(), minter.address(), null), minter);
        chain.submit(create);
        ledger.produceBlock();
        AssetId asset = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdAsset();

        byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan, asset));
        byte[] signed = Encoder.encodeToMsgPack(wallet.signTransactionBytes(unsigned));
        List<TxId> txIds = chain.submitSigned(List.of(signed));
        ledger.produceBlock();

        assertThat(chain.status(txIds.get(0), chain.currentRound())).isInstanceOf(TxStatus.Confirmed.class);
        assertThat(chain.account(fan).isOptedIn(asset)).isTrue();
    }

    @Test
    void signingTheSameRequestTwiceInTheSameRoundGivesTheSameWrite() {
        Signer payer = TestKeys.newSigner();
        TxnRequest request = new TxnRequest.Payment(payer.address(), TestKeys.newAddress(), MicroAlgos.of(5), null,
                null);

        ChainWrite first = chain.sign(request, payer);
        ChainWrite second = chain.sign(request, payer);

        assertThat(second.txId()).isEqualTo(first.txId());
        assertThat(Arrays.equals(first.signedBytes(), second.signedBytes())).isTrue();
    }

    /** An account rekeyed to another key: it acts for {@code account} and signs with {@code key}. */
    private record RekeyedSigner(Address account, Signer key) implements Signer {
        @Override
        public Address address() {
            return account;
        }

        @Override
        public Address authAddress() {
            return key.address();
        }

        @Override
        public byte[] sign(byte[] bytesToSign) {
            return key.sign(bytesToSign);
        }
    }
}
