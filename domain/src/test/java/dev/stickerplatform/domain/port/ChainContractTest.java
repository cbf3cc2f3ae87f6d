package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.TxnRequest.TipProxyMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@link Chain} contract, exercised through the port only. Every implementation's test extends this class
 * and supplies the chain, funded accounts and a way to make rounds pass.
 */
public abstract class ChainContractTest {
    protected static final MicroAlgos TEN_ALGO = MicroAlgos.ofAlgo(10);
    private static final int MAX_ROUNDS_TO_CONFIRM = 5;

    /** The chain under test (the same instance for the whole test method). */
    protected abstract Chain chain();

    /** A new account holding {@code amount}, ready to sign. */
    protected abstract Signer fundedSigner(MicroAlgos amount);

    /** Makes at least one more round exist. */
    protected abstract void advanceRound();

    @Test
    void theNetworkIdentifiesItselfAndSuggestsConsistentParameters() {
        Chain.NetworkInfo network = chain().network();
        Chain.TxParams params = chain().suggestedParams();

        assertThat(network.genesisId()).isNotBlank();
        assertThat(Base64.getDecoder().decode(network.genesisHash())).hasSize(32);
        assertThat(params.genesisId()).isEqualTo(network.genesisId());
        assertThat(params.genesisHash()).isEqualTo(network.genesisHash());
        assertThat(params.minFee().value()).isGreaterThanOrEqualTo(1_000);
        assertThat(params.firstValid()).isGreaterThan(chain().currentRound());
        assertThat(params.lastValid()).isGreaterThan(params.firstValid());
    }

    @Test
    void aSubmittedPaymentIsPendingThenConfirmedInALaterRound() {
        Signer payer = fundedSigner(TEN_ALGO);
        Address receiver = TestKeys.newAddress();
        Round before = chain().currentRound();
        ChainWrite write = chain().sign(payment(payer, receiver, MicroAlgos.ofAlgo(1), null), payer);

        chain().submit(write);

        assertThat(chain().status(write.txId(), write.lastValid()))
                .isInstanceOfAny(TxStatus.Pending.class, TxStatus.Confirmed.class);
        TxStatus.Confirmed confirmed = awaitConfirmed(write);
        assertThat(confirmed.round()).isGreaterThan(before).isLessThanOrEqualTo(chain().currentRound());
        assertThat(confirmed.createdApp()).isNull();
        assertThat(confirmed.createdAsset()).isNull();
        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
    }

    @Test
    void aConfirmedPaymentIsReportedWithItsPartiesAmountAndNote() {
        Signer payer = fundedSigner(TEN_ALGO);
        Address receiver = TestKeys.newAddress();
        ChainWrite write = chain().sign(new TxnRequest.Payment(payer.address(), receiver, MicroAlgos.of(551_500),
                "stickerplatform:deployment:" + payer.address(), null), payer);
        assertThat(chain().payment(write.txId())).as("not submitted: unknown").isEmpty();

        chain().submit(write);
        TxStatus.Confirmed confirmed = awaitConfirmed(write);

        Chain.ConfirmedPayment paid = chain().payment(write.txId()).orElseThrow();
        assertThat(paid.txId()).isEqualTo(write.txId());
        assertThat(paid.round()).isEqualTo(confirmed.round());
        assertThat(paid.sender()).isEqualTo(payer.address());
        assertThat(paid.receiver()).isEqualTo(receiver);
        assertThat(paid.amount()).isEqualTo(MicroAlgos.of(551_500));
        assertThat(new String(paid.note(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("stickerplatform:deployment:" + payer.address());
    }

    @Test
    void submittingTheSameWriteAgainIsHarmless() {
        Signer payer = fundedSigner(TEN_ALGO);
        Address receiver = TestKeys.newAddress();
        ChainWrite write = chain().sign(payment(payer, receiver, MicroAlgos.ofAlgo(1), null), payer);

        chain().submit(write);
        chain().submit(write);
        awaitConfirmed(write);
        chain().submit(write);
        advanceRound();

        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
        assertThat(chain().status(write.txId(), write.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
    }

    @Test
    void aSignedWriteIsNotSubmittedAndIsDeadOnceTheChainPassesItsLastValidRound() {
        Signer payer = fundedSigner(TEN_ALGO);
        Address receiver = TestKeys.newAddress();
        ChainWrite write = chain().sign(payment(payer, receiver, MicroAlgos.ofAlgo(1), null), payer);

        advanceRound();
        assertThat(chain().status(write.txId(), write.lastValid())).isInstanceOf(TxStatus.Pending.class);
        while (!chain().currentRound().isAfter(write.lastValid())) {
            advanceRound();
        }

        assertThat(chain().status(write.txId(), write.lastValid()))
                .isEqualTo(new TxStatus.Dead(write.txId(), write.lastValid(), chain().currentRound()));
        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void aSecondWriteWithTheSameLeaseIsRefusedWhileTheFirstCanStillConfirm() {
        Signer payer = fundedSigner(TEN_ALGO);
        Hash32 lease = Hash32.of(Hashes.sha256("contract-test-job-1".getBytes(StandardCharsets.UTF_8)));
        ChainWrite first = chain().sign(payment(payer, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), lease), payer);
        ChainWrite rebuilt = chain().sign(payment(payer, TestKeys.newAddress(), MicroAlgos.ofAlgo(2), lease), payer);

        chain().submit(first);

        assertThatThrownBy(() -> chain().submit(rebuilt)).isInstanceOf(ChainRejectedException.class);
        awaitConfirmed(first);
    }

    @Test
    void anOverspendIsRejectedWithAReason() {
        Signer payer = fundedSigner(MicroAlgos.ofAlgo(1));
        ChainWrite write = chain().sign(payment(payer, TestKeys.newAddress(), MicroAlgos.ofAlgo(2), null), payer);

        assertThatThrownBy(() -> chain().submit(write))
                .isInstanceOfSatisfying(ChainRejectedException.class, e -> assertThat(e.reason()).isNotBlank());
    }

    @Test
    void accountInfoReportsBalanceAndMinimumBalance() {
        Signer account = fundedSigner(MicroAlgos.ofAlgo(5));

        Chain.AccountInfo info = chain().account(account.address());

        assertThat(info.address()).isEqualTo(account.address());
        assertThat(info.balance()).isEqualTo(MicroAlgos.ofAlgo(5));
        assertThat(info.minBalance()).isEqualTo(MicroAlgos.of(100_000));
        assertThat(info.authAddress()).isNull();
        assertThat(info.signingAddress()).isEqualTo(account.address());
        assertThat(info.assets()).isEmpty();
    }

    @Test
    void anUnknownAccountIsEmpty() {
        Chain.AccountInfo info = chain().account(TestKeys.newAddress());

        assertThat(info.balance()).isEqualTo(MicroAlgos.ZERO);
        assertThat(info.assets()).isEmpty();
    }

    @Test
    void aSoulboundStickerIsCreatedOptedIntoAndClawedBackToTheFan() {
        Signer minter = fundedSigner(TEN_ALGO);
        Signer fan = fundedSigner(MicroAlgos.ofAlgo(1));
        AssetId asset = createSticker(minter, true);

        ChainWrite optIn = chain().sign(TxnRequest.AssetTransfer.optIn(fan.address(), asset), fan);
        chain().submit(optIn);
        TxStatus.Confirmed optedIn = awaitConfirmed(optIn);
        assertThat(chain().block(optedIn.round()).orElseThrow().optIns())
                .contains(new Chain.OptIn(optIn.txId(), asset, fan.address()));
        assertThat(chain().account(fan.address()).assets()).containsEntry(asset, new Chain.Holding(0, true));

        awaitConfirmed(submit(new TxnRequest.AssetTransfer(minter.address(), asset, fan.address(), 1,
                minter.address(), null), minter));

        assertThat(chain().account(fan.address()).assets()).containsEntry(asset, new Chain.Holding(1, true));
        assertThat(chain().account(minter.address()).assets()).containsEntry(asset, new Chain.Holding(0, false));
    }

    @Test
    void aGoldenStickerPassedOnBetweenWalletsIsReportedAsAMoveInItsBlock() {
        Signer minter = fundedSigner(TEN_ALGO);
        Signer fan = fundedSigner(MicroAlgos.ofAlgo(1));
        Signer buyer = fundedSigner(MicroAlgos.ofAlgo(1));
        AssetId asset = createSticker(minter, false);
        for (Signer holder : List.of(fan, buyer)) {
            awaitConfirmed(submit(TxnRequest.AssetTransfer.optIn(holder.address(), asset), holder));
        }
        ChainWrite delivery = submit(new TxnRequest.AssetTransfer(minter.address(), asset, fan.address(), 1, null,
                null), minter);
        TxStatus.Confirmed delivered = awaitConfirmed(delivery);

        ChainWrite sale = submit(new TxnRequest.AssetTransfer(fan.address(), asset, buyer.address(), 1, null, null),
                fan);
        TxStatus.Confirmed sold = awaitConfirmed(sale);

        assertThat(chain().block(delivered.round()).orElseThrow().assetMoves())
                .contains(new Chain.AssetMove(delivery.txId(), asset, minter.address(), fan.address(), 1));
        assertThat(chain().block(sold.round()).orElseThrow().assetMoves())
                .contains(new Chain.AssetMove(sale.txId(), asset, fan.address(), buyer.address(), 1));
    }

    @Test
    void aStickerAssetHasTheRequestedParameters() {
        Signer minter = fundedSigner(TEN_ALGO);

        AssetId asset = createSticker(minter, true);

        AssetInfo info = chain().asset(asset).orElseThrow();
        assertThat(info.creator()).isEqualTo(minter.address());
        assertThat(info.total()).isEqualTo(1);
        assertThat(info.decimals()).isZero();
        assertThat(info.defaultFrozen()).isTrue();
        assertThat(info.unitName()).isEqualTo("STICKER");
        assertThat(info.name()).isEqualTo("Gold Star");
        assertThat(info.url()).isEqualTo("https://example.test/sticker.json");
        assertThat(info.manager()).isEqualTo(minter.address());
        assertThat(info.reserve()).isEqualTo(minter.address());
        assertThat(info.freeze()).isEqualTo(minter.address());
        assertThat(info.clawback()).isEqualTo(minter.address());
        assertThat(chain().account(minter.address()).minBalance()).isEqualTo(MicroAlgos.of(200_000));
    }

    @Test
    void aGoldenStickerHasNoFreezeNorClawbackAndMovesByPlainTransfer() {
        Signer minter = fundedSigner(TEN_ALGO);
        Signer fan = fundedSigner(MicroAlgos.ofAlgo(1));
        ChainWrite create = submit(new TxnRequest.CreateSticker(minter.address(), "Golden Star", "GOLDEN",
                "https://example.test/golden.json", null, false, null, null, null), minter);
        AssetId asset = awaitConfirmed(create).createdAsset();
        awaitConfirmed(submit(TxnRequest.AssetTransfer.optIn(fan.address(), asset), fan));

        awaitConfirmed(submit(new TxnRequest.AssetTransfer(minter.address(), asset, fan.address(), 1, null, null),
                minter));

        AssetInfo info = chain().asset(asset).orElseThrow();
        assertThat(info.freeze()).isNull();
        assertThat(info.clawback()).isNull();
        assertThat(chain().account(fan.address()).assets()).containsEntry(asset, new Chain.Holding(1, false));
    }

    @Test
    void aTipProxyStartsWithItsCreationArgumentsAndReportsTheCreateCall() {
        Signer platform = fundedSigner(TEN_ALGO);
        Address creator = TestKeys.newAddress();
        Address treasury = TestKeys.newAddress();
        ChainWrite create = submit(new TxnRequest.CreateTipProxy(platform.address(), creator, platform.address(),
                treasury, MicroAlgos.of(1_500_000), new PlatformFee(250, MicroAlgos.of(102_000)), null), platform);

        TxStatus.Confirmed confirmed = awaitConfirmed(create);

        AppId app = confirmed.createdApp();
        assertThat(app).isNotNull();
        Map<String, StateValue> state = chain().appGlobalState(app).orElseThrow();
        assertThat(state.get("creator_address").bytes()).isEqualTo(creator.publicKey());
        assertThat(state.get("platform_address").bytes()).isEqualTo(platform.address().publicKey());
        assertThat(state.get("treasury_address").bytes()).isEqualTo(treasury.publicKey());
        assertThat(state.get("min_tip_amount").uint()).isEqualTo(1_500_000);
        assertThat(state.get("fee_bps").uint()).isEqualTo(250);
        assertThat(state.get("fee_floor").uint()).isEqualTo(102_000);
        assertThat(state.get("total_tips").uint()).isZero();
        assertThat(state.get("total_amount").uint()).isZero();
        assertThat(state.get("contract_version").uint()).isEqualTo(2);
        assertThat(state.get("paused").uint()).isZero();
        assertThat(chain().block(confirmed.round()).orElseThrow().appCalls())
                .anySatisfy(call -> {
                    assertThat(call.txId()).isEqualTo(create.txId());
                    assertThat(call.app()).isEqualTo(app);
                    assertThat(call.sender()).isEqualTo(platform.address());
                });
    }

    @Test
    void theCreatorPausesAndUnpausesItsTipProxy() {
        Signer platform = fundedSigner(TEN_ALGO);
        Signer creator = fundedSigner(MicroAlgos.ofAlgo(1));
        AppId app = createTipProxy(platform, creator.address());

        awaitConfirmed(submit(new TxnRequest.CallTipProxy(creator.address(), app, TipProxyMethod.PAUSE, null), creator));
        assertThat(chain().appGlobalState(app).orElseThrow().get("paused").uint()).isEqualTo(1);

        awaitConfirmed(submit(new TxnRequest.CallTipProxy(creator.address(), app, TipProxyMethod.UNPAUSE, null), creator));
        assertThat(chain().appGlobalState(app).orElseThrow().get("paused").uint()).isZero();
    }

    @Test
    void aStrangerCannotPauseATipProxy() {
        Signer platform = fundedSigner(TEN_ALGO);
        Signer stranger = fundedSigner(MicroAlgos.ofAlgo(1));
        AppId app = createTipProxy(platform, TestKeys.newAddress());
        ChainWrite pause = chain().sign(new TxnRequest.CallTipProxy(stranger.address(), app, TipProxyMethod.PAUSE,
                null), stranger);

        assertThatThrownBy(() -> chain().submit(pause)).isInstanceOf(ChainRejectedException.class);
    }

    @Test
    void thePlatformDeletesATipProxyAndItsStateIsGone() {
        Signer platform = fundedSigner(TEN_ALGO);
        AppId app = createTipProxy(platform, TestKeys.newAddress());

        awaitConfirmed(submit(new TxnRequest.DeleteTipProxy(platform.address(), app, null), platform));

        assertThat(chain().appGlobalState(app)).isEmpty();
    }

    @Test
    void deletingATipProxyClosesItsAccountToThePlatform() {
        Signer platform = fundedSigner(TEN_ALGO);
        AppId app = createTipProxy(platform, TestKeys.newAddress());
        awaitConfirmed(submit(payment(platform, app.address(), MicroAlgos.of(100_000), null), platform));
        MicroAlgos before = chain().account(platform.address()).balance();

        ChainWrite delete = submit(new TxnRequest.DeleteTipProxy(platform.address(), app, null), platform);
        awaitConfirmed(delete);

        MicroAlgos deleteFee = chain().suggestedParams().minFee().plus(chain().suggestedParams().minFee());
        assertThat(chain().account(app.address()).balance()).isEqualTo(MicroAlgos.ZERO);
        assertThat(chain().account(platform.address()).balance())
                .isEqualTo(before.minus(deleteFee).plus(MicroAlgos.of(100_000)));
    }

    @Test
    void missingAppsAndAssetsAreEmptyResults() {
        assertThat(chain().appGlobalState(AppId.of(987_654_321L))).isEmpty();
        assertThat(chain().asset(AssetId.of(987_654_321L))).isEmpty();
    }

    @Test
    void aRoundThatDoesNotExistYetHasNoBlock() {
        Round current = chain().currentRound();

        assertThat(chain().block(current)).isPresent();
        assertThat(chain().block(current.plus(1_000_000))).isEmpty();
    }

    @Test
    void aRekeyHandsTheAccountToTheNewKeyAndTheOldKeyIsRefused() {
        Signer owner = fundedSigner(TEN_ALGO);
        Signer newKey = TestKeys.newSigner();

        awaitConfirmed(submit(new TxnRequest.Rekey(owner.address(), newKey.address(), null), owner));

        assertThat(chain().account(owner.address()).authAddress()).isEqualTo(newKey.address());
        assertThat(chain().account(owner.address()).signingAddress()).isEqualTo(newKey.address());
        assertThat(chain().account(owner.address()).balance())
                .isEqualTo(MicroAlgos.of(TEN_ALGO.value() - chain().suggestedParams().minFee().value()));
        ChainWrite byOldKey = chain().sign(payment(owner, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null), owner);
        assertThatThrownBy(() -> chain().submit(byOldKey))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
                    assertThat(e.reason()).contains("not authorized");
                    assertThat(e.authorized()).isEqualTo(newKey.address());
                    assertThat(e.signedBy()).isEqualTo(owner.address());
                });
        Signer rekeyed = TestKeys.rekeyed(owner.address(), newKey);
        awaitConfirmed(submit(payment(rekeyed, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null), rekeyed));
    }

    @Test
    void aRekeyToTheAccountItselfGivesItsOwnKeyBack() {
        Signer owner = fundedSigner(TEN_ALGO);
        Signer rekeyed = TestKeys.rekeyed(owner.address(), TestKeys.newSigner());
        awaitConfirmed(submit(new TxnRequest.Rekey(owner.address(), rekeyed.authAddress(), null), owner));

        awaitConfirmed(submit(new TxnRequest.Rekey(owner.address(), owner.address(), null), rekeyed));

        assertThat(chain().account(owner.address()).authAddress()).isNull();
        assertThat(chain().account(owner.address()).signingAddress()).isEqualTo(owner.address());
        awaitConfirmed(submit(payment(owner, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null), owner));
    }

    @Test
    void aWriteRefusedAfterARekeyConfirmsOnceResignedUnderTheSameTxId() {
        Signer owner = fundedSigner(TEN_ALGO);
        Signer rekeyed = TestKeys.rekeyed(owner.address(), TestKeys.newSigner());
        Address receiver = TestKeys.newAddress();
        ChainWrite signedBefore = chain().sign(payment(owner, receiver, MicroAlgos.ofAlgo(1), null), owner);
        awaitConfirmed(submit(new TxnRequest.Rekey(owner.address(), rekeyed.authAddress(), null), owner));
        assertThatThrownBy(() -> chain().submit(signedBefore)).isInstanceOf(NotAuthorizedException.class);

        ChainWrite resigned = chain().resign(signedBefore, rekeyed);
        chain().submit(resigned);

        assertThat(resigned.txId()).isEqualTo(signedBefore.txId());
        assertThat(resigned.lastValid()).isEqualTo(signedBefore.lastValid());
        assertThat(awaitConfirmed(signedBefore).txId()).isEqualTo(signedBefore.txId());
        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
    }

    @Test
    void onlyTheSendersSignerCanResignAWrite() {
        Signer owner = fundedSigner(TEN_ALGO);
        ChainWrite write = chain().sign(payment(owner, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null), owner);

        assertThatThrownBy(() -> chain().resign(write, TestKeys.newSigner()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsignedTransactionIsEncodedForAWallet() {
        Signer fan = fundedSigner(MicroAlgos.ofAlgo(1));

        byte[] unsigned = chain().encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), AssetId.of(1234)));

        assertThat(unsigned).isNotEmpty();
    }

    @Test
    void awaitingARoundReturnsTheLatestRoundAtTheLatestOnTimeout() {
        Round current = chain().currentRound();

        Round latest = chain().awaitRoundAfter(current, Duration.ofMillis(20));

        assertThat(latest).isGreaterThanOrEqualTo(current);
    }

    @Test
    void aPreparedTransactionSignedLaterKeepsItsIdAndConfirms() {
        Signer payer = fundedSigner(TEN_ALGO);
        Address receiver = TestKeys.newAddress();
        UnsignedTxn prepared = chain().prepare(payment(payer, receiver, MicroAlgos.ofAlgo(1), null));
        Signer stranger = TestKeys.newSigner();

        assertThatThrownBy(() -> chain().withSignature(prepared, payer.address(),
                stranger.sign(prepared.bytesToSign()))).isInstanceOf(IllegalArgumentException.class);
        ChainWrite write = chain().withSignature(prepared, payer.address(), payer.sign(prepared.bytesToSign()));
        chain().submit(write);

        assertThat(write.txId()).isEqualTo(prepared.txId());
        assertThat(write.lastValid()).isEqualTo(prepared.lastValid());
        assertThat(awaitConfirmed(write).txId()).isEqualTo(prepared.txId());
        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
    }

    @Test
    void aMultisigAccountSpendsOnlyWithTheThresholdOfItsMembersSignatures() {
        Signer funder = fundedSigner(TEN_ALGO);
        Signer first = TestKeys.newSigner();
        Signer second = TestKeys.newSigner();
        Signer third = TestKeys.newSigner();
        MultisigAccount account = new MultisigAccount(2, List.of(first.address(), second.address(), third.address()));
        awaitConfirmed(submit(payment(funder, account.address(), MicroAlgos.ofAlgo(5), null), funder));
        Address receiver = TestKeys.newAddress();
        UnsignedTxn prepared = chain().prepare(new TxnRequest.Payment(account.address(), receiver,
                MicroAlgos.ofAlgo(1), "two of three", null));
        byte[] message = prepared.bytesToSign();
        Signer outsider = TestKeys.newSigner();

        assertThatThrownBy(() -> chain().withMultisig(prepared, account, Map.of(first.address(), first.sign(message))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 2");
        assertThatThrownBy(() -> chain().withMultisig(prepared, account, Map.of(first.address(), first.sign(message),
                outsider.address(), outsider.sign(message)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chain().withMultisig(prepared, account, Map.of(first.address(), first.sign(message),
                third.address(), second.sign(message)))).isInstanceOf(IllegalArgumentException.class);

        ChainWrite write = chain().withMultisig(prepared, account, Map.of(third.address(), third.sign(message),
                first.address(), first.sign(message)));
        chain().submit(write);

        assertThat(awaitConfirmed(write).txId()).isEqualTo(prepared.txId());
        assertThat(chain().account(receiver).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
    }

    @Test
    void aMultisigAccountsAddressDependsOnThresholdAndMemberOrder() {
        Address a = TestKeys.newAddress();
        Address b = TestKeys.newAddress();
        Address c = TestKeys.newAddress();

        assertThat(new MultisigAccount(2, List.of(a, b, c)).address())
                .isEqualTo(new MultisigAccount(2, List.of(a, b, c)).address())
                .isNotEqualTo(new MultisigAccount(2, List.of(b, a, c)).address())
                .isNotEqualTo(new MultisigAccount(1, List.of(a, b, c)).address());
    }

    protected AppId createTipProxy(Signer platform, Address creator) {
        ChainWrite create = submit(new TxnRequest.CreateTipProxy(platform.address(), creator, platform.address(),
                platform.address(), MicroAlgos.ofAlgo(1), PlatformFee.NONE, null), platform);
        return awaitConfirmed(create).createdApp();
    }

    protected AssetId createSticker(Signer minter, boolean soulbound) {
        ChainWrite create = submit(new TxnRequest.CreateSticker(minter.address(), "Gold Star", "STICKER",
                "https://example.test/sticker.json", null, soulbound, minter.address(), minter.address(), null), minter);
        return awaitConfirmed(create).createdAsset();
    }

    protected ChainWrite submit(TxnRequest request, Signer signer) {
        ChainWrite write = chain().sign(request, signer);
        chain().submit(write);
        return write;
    }

    /** Lets rounds pass until {@code write} is confirmed; fails if it is dead or takes too long. */
    protected TxStatus.Confirmed awaitConfirmed(ChainWrite write) {
        for (int i = 0; i <= MAX_ROUNDS_TO_CONFIRM; i++) {
            TxStatus status = chain().status(write.txId(), write.lastValid());
            if (status instanceof TxStatus.Confirmed confirmed) {
                return confirmed;
            }
            assertThat(status).isInstanceOf(TxStatus.Pending.class);
            advanceRound();
        }
        throw new AssertionError(write + " was not confirmed within " + MAX_ROUNDS_TO_CONFIRM + " rounds");
    }

    private static TxnRequest.Payment payment(Signer payer, Address receiver, MicroAlgos amount, Hash32 lease) {
        return new TxnRequest.Payment(payer.address(), receiver, amount, "chain contract test", lease);
    }
}
