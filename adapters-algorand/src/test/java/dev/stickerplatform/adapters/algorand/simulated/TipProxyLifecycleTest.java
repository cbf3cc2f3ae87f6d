package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.address;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.TEALProgram;
import com.algorand.algosdk.logic.StateSchema;
import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A TipProxy (version 2) deployed through the Chain port and tipped by a fan's real, algosdk-signed group. */
class TipProxyLifecycleTest {
    private static final long MIN_TIP = 1_000_000;
    private final LedgerKit kit = new LedgerKit();
    private final SimulatedChain chain = new SimulatedChain(kit.ledger);
    private final Signer platform = TestKeys.newSigner();
    private final Address creator = TestKeys.newAddress();
    private final Account fan = kit.fundedAccount(50_000_000);
    private AppId app;

    @BeforeEach
    void deploy() {
        kit.ledger.fund(platform.address(), MicroAlgos.ofAlgo(10));
        app = deploy(PlatformFee.NONE, platform.address());
    }

    private AppId deploy(PlatformFee fee, Address treasury) {
        ChainWrite create = chain.sign(new TxnRequest.CreateTipProxy(platform.address(), creator, platform.address(),
                treasury, MicroAlgos.of(MIN_TIP), fee, null), platform);
        chain.submit(create);
        kit.ledger.produceBlock();
        AppId created = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdApp();
        chain.submit(chain.sign(new TxnRequest.Payment(platform.address(), created.address(), MicroAlgos.of(100_000),
                null, null), platform));
        kit.ledger.produceBlock();
        return created;
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aFanTipIsForwardedToTheCreatorAndLoggedOnce() {
        List<TxId> txIds = kit.submit(tipGroup(2_000_000, "thanks!", List.of(creator), 2_000));
        Round round = kit.ledger.produceBlock();

        byte[] expectedLog = TipEvent.withFee(address(fan), MicroAlgos.of(2_000_000), MicroAlgos.ZERO, "thanks!")
                .encode();
        AppCallResult call = kit.ledger.appCall(txIds.get(1)).orElseThrow();
        assertThat(call.logs()).containsExactly(expectedLog);
        assertThat(call.innerPayments()).containsExactly(new InnerPayment(app.address(), creator, 2_000_000, 0, null));
        assertThat(kit.ledger.account(creator).balance().value()).isEqualTo(2_000_000);
        assertThat(kit.ledger.account(app.address()).balance().value()).isEqualTo(100_000);
        assertThat(kit.balance(fan)).isEqualTo(50_000_000 - 2_000_000 - 4_000);
        var events = chain.block(round).orElseThrow();
        assertThat(events.appCalls()).singleElement().satisfies(c -> {
            assertThat(c.txId()).isEqualTo(txIds.get(1));
            assertThat(c.app()).isEqualTo(app);
            assertThat(c.sender()).isEqualTo(address(fan));
            assertThat(c.logs()).containsExactly(expectedLog);
        });
        assertThat(TipEvent.decode(events.appCalls().get(0).logs().get(0)))
                .contains(TipEvent.withFee(address(fan), MicroAlgos.of(2_000_000), MicroAlgos.ZERO, "thanks!"));
        var state = chain.appGlobalState(app).orElseThrow();
        assertThat(state.get("total_tips").uint()).isEqualTo(1);
        assertThat(state.get("total_amount").uint()).isEqualTo(2_000_000);
    }

    @Test
    void withAFeeTheCreatorAndTheTreasurySplitTheTipToTheMicroAlgo() {
        Address treasury = TestKeys.newAddress();
        kit.ledger.fund(treasury, MicroAlgos.of(100_000));
        app = deploy(new PlatformFee(500, MicroAlgos.of(102_000)), treasury);

        List<TxId> txIds = kit.submit(tipGroup(3_000_000, "split", List.of(creator, treasury), 2_000));
        kit.ledger.produceBlock();

        AppCallResult call = kit.ledger.appCall(txIds.get(1)).orElseThrow();
        assertThat(call.innerPayments()).containsExactly(
                new InnerPayment(app.address(), creator, 2_850_000, 0, null),
                new InnerPayment(app.address(), treasury, 150_000, 0, null));
        assertThat(TipEvent.decode(call.logs().get(0))).contains(TipEvent.withFee(address(fan),
                MicroAlgos.of(3_000_000), MicroAlgos.of(150_000), "split"));
        assertThat(kit.ledger.account(creator).balance().value()).isEqualTo(2_850_000);
        assertThat(kit.ledger.account(treasury).balance().value()).isEqualTo(100_000 + 150_000);
        assertThat(kit.balance(fan)).isEqualTo(50_000_000 - 3_000_000 - 4_000);
    }

    @Test
    void withAFeeTheGroupMustPayForBothInnerPayments() {
        Address treasury = TestKeys.newAddress();
        kit.ledger.fund(treasury, MicroAlgos.of(100_000));
        app = deploy(new PlatformFee(500, MicroAlgos.of(102_000)), treasury);

        kit.assertRejected(tipGroup(3_000_000, "three fees", List.of(creator, treasury), 1_500))
                .hasMessageContaining("fee too small");
    }

    @Test
    void theCreatorCannotTipTheirOwnJar() {
        Account creatorAccount = kit.fundedAccount(10_000_000);
        Address self = address(creatorAccount);
        ChainWrite create = chain.sign(new TxnRequest.CreateTipProxy(platform.address(), self, platform.address(),
                platform.address(), MicroAlgos.of(MIN_TIP), PlatformFee.NONE, null), platform);
        chain.submit(create);
        kit.ledger.produceBlock();
        AppId own = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdApp();

        Transaction pay = kit.params(Transaction.PaymentTransactionBuilder(), creatorAccount)
                .receiver(LedgerKit.algo(own.address())).amount(2_000_000L).flatFee(2_000L).build();
        Transaction call = kit.params(Transaction.ApplicationCallTransactionBuilder(), creatorAccount)
                .applicationId(own.value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP), TipProxyAbi.string("me")))
                .accounts(List.of(LedgerKit.algo(self))).flatFee(2_000L).build();
        LedgerKit.group(pay, call);

        kit.assertRejected(sign(creatorAccount, pay), sign(creatorAccount, call))
                .hasMessage("logic eval rejected: SELF_TIP");
    }

    @Test
    void aTipWithoutTheCreatorInTheAccountsArrayIsRejected() {
        kit.assertRejected(tipGroup(2_000_000, "hi", List.of(), 2_000))
                .hasMessage("logic eval rejected: CREATOR_NOT_IN_ACCOUNTS");
    }

    @Test
    void aTipToTheWrongReceiverIsRejectedAndNothingMoves() {
        Transaction pay = kit.params(Transaction.PaymentTransactionBuilder(), fan)
                .receiver(LedgerKit.algo(creator)).amount(2_000_000L).flatFee(2_000L).build();
        Transaction call = tipCall("hi", List.of(creator), 2_000);
        LedgerKit.group(pay, call);

        kit.assertRejected(sign(fan, pay), sign(fan, call))
                .isInstanceOfSatisfying(AppRejectedException.class,
                        e -> assertThat(e.reasonClass()).isEqualTo("WRONG_RECEIVER"))
                .hasMessage("logic eval rejected: WRONG_RECEIVER");
        kit.ledger.produceBlock();
        assertThat(kit.ledger.account(creator).balance().value()).isZero();
    }

    @Test
    void aTipGroupMustPayTheInnerPaymentsFee() {
        kit.assertRejected(tipGroup(2_000_000, "cheap fees", List.of(creator), 1_000))
                .hasMessageContaining("fee too small");
    }

    @Test
    void aPausedTipProxyRejectsTips() {
        chain.submit(chain.sign(new TxnRequest.CallTipProxy(platform.address(), app,
                TxnRequest.TipProxyMethod.PAUSE, null), platform));
        kit.ledger.produceBlock();

        kit.assertRejected(tipGroup(2_000_000, "hi", List.of(creator), 2_000))
                .hasMessage("logic eval rejected: PAUSED");
    }

    @Test
    void onlyThePlatformDeletesTheApp() {
        Signer stranger = TestKeys.newSigner();
        kit.ledger.fund(stranger.address(), MicroAlgos.ofAlgo(1));
        ChainWrite byStranger = chain.sign(new TxnRequest.DeleteTipProxy(stranger.address(), app, null), stranger);
        kit.assertRejected(byStranger.signedBytes()).hasMessage("logic eval rejected: NOT_PLATFORM");

        long before = kit.ledger.account(platform.address()).balance().value();
        chain.submit(chain.sign(new TxnRequest.DeleteTipProxy(platform.address(), app, null), platform));
        kit.ledger.produceBlock();

        assertThat(chain.appGlobalState(app)).isEmpty();
        assertThat(kit.ledger.account(platform.address()).minBalance().value()).isEqualTo(100_000);
        assertThat(kit.ledger.account(app.address()).balance().value()).as("closed to the platform").isZero();
        assertThat(kit.ledger.account(platform.address()).balance().value())
                .as("the funding comes back, minus the fee of the call and its inner payment")
                .isEqualTo(before + 100_000 - 2_000);
    }

    @Test
    void theAppIsIdentifiedByItsApprovalProgram() {
        assertThat(chain.appApprovalHash(app)).contains(chain.tipProxyApprovalHash());
        assertThat(kit.ledger.account(platform.address()).minBalance().value())
                .isEqualTo(100_000 + 100_000 + 7 * 28_500 + 3 * 50_000);
    }

    @Test
    void anAppWithAnUnknownProgramIsRefused() {
        Transaction create = kit.params(Transaction.ApplicationCreateTransactionBuilder(), fan)
                .approvalProgram(new TEALProgram("#pragma version 8\nint 1\n".getBytes(StandardCharsets.UTF_8)))
                .clearStateProgram(new TEALProgram("#pragma version 8\nint 1\n".getBytes(StandardCharsets.UTF_8)))
                .globalStateSchema(new StateSchema(0, 0)).localStateSchema(new StateSchema(0, 0)).build();

        kit.assertRejected(sign(fan, create)).hasMessageContaining("unsupported program");
    }

    private byte[][] tipGroup(long amount, String memo, List<Address> accounts, long feeEach) {
        Transaction pay = kit.params(Transaction.PaymentTransactionBuilder(), fan)
                .receiver(LedgerKit.algo(app.address())).amount(amount).flatFee(feeEach).build();
        Transaction call = tipCall(memo, accounts, feeEach);
        LedgerKit.group(pay, call);
        return new byte[][] {sign(fan, pay), sign(fan, call)};
    }

    private Transaction tipCall(String memo, List<Address> accounts, long fee) {
        return kit.params(Transaction.ApplicationCallTransactionBuilder(), fan).applicationId(app.value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP), TipProxyAbi.string(memo)))
                .accounts(accounts.stream().map(LedgerKit::algo).toList()).flatFee(fee).build();
    }
}
