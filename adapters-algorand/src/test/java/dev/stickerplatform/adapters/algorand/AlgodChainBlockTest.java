package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Following blocks through algod: what a round reports, and what it must never report. */
class AlgodChainBlockTest {
    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());
    private final SimulatedChain simulated = new SimulatedChain(ledger, AlgodNode.compiledTipProxy());
    private final Signer platform = TestKeys.newSigner();
    private final Address creator = TestKeys.newAddress();
    private final DevWallet fan = DevWallet.generate();
    private AppId app;
    private AppId otherApp;

    @BeforeEach
    void deployTwoTipProxies() {
        ledger.fund(platform.address(), MicroAlgos.ofAlgo(10));
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(50));
        app = deploy();
        otherApp = deploy();
    }

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void aTipIsReportedWithItsLogExactlyAsTheSimulatedChainReportsIt() {
        List<TxId> tip = chain.submitSigned(fan.signTip(app, creator, MicroAlgos.ofAlgo(2), "thanks!",
                chain.suggestedParams()));
        Round round = ledger.produceBlock();

        BlockEvents events = chain.block(round).orElseThrow();

        BlockEvents expected = simulated.block(round).orElseThrow();
        assertThat(events.round()).isEqualTo(round);
        assertThat(events.timestamp()).isBetween(expected.timestamp().minusSeconds(1), expected.timestamp());
        assertThat(events.optIns()).isEmpty();
        assertThat(events.appCalls()).singleElement().satisfies(call -> {
            assertThat(call.txId()).isEqualTo(tip.get(1)).isEqualTo(expected.appCalls().get(0).txId());
            assertThat(call.app()).isEqualTo(app);
            assertThat(call.sender()).isEqualTo(fan.address());
            assertThat(call.logs()).singleElement().isEqualTo(TipEvent.withFee(fan.address(), MicroAlgos.ofAlgo(2),
                    MicroAlgos.ZERO, "thanks!").encode());
        });
    }

    @Test
    void logsOfInnerCallsAreNeverReportedWhateverAppTheyCameFrom() {
        List<TxId> tip = chain.submitSigned(fan.signTip(app, creator, MicroAlgos.ofAlgo(2), "real",
                chain.suggestedParams()));
        Round round = ledger.produceBlock();
        byte[] forged = TipEvent.withFee(fan.address(), MicroAlgos.ofAlgo(1_000), MicroAlgos.ZERO, "forged").encode();
        algod.node.addLogs(round, logs(tip.get(1), otherApp, forged));
        algod.node.addLogs(round, logs(tip.get(0), app, forged));

        List<AppCall> calls = chain.block(round).orElseThrow().appCalls();

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.app()).isEqualTo(app);
            assertThat(call.logs()).singleElement().isEqualTo(TipEvent.withFee(fan.address(), MicroAlgos.ofAlgo(2),
                    MicroAlgos.ZERO, "real").encode());
        });
    }

    @Test
    void aCallWithoutLogsIsReportedWithNone() {
        ChainWrite pause = submit(new TxnRequest.CallTipProxy(platform.address(), app,
                TxnRequest.TipProxyMethod.PAUSE, null));
        Round round = ledger.produceBlock();

        assertThat(chain.block(round).orElseThrow().appCalls())
                .containsExactly(new AppCall(pause.txId(), app, platform.address(), List.of(), 0));
    }

    @Test
    void onlyTheOptInIsAnOptInNotTheClawbackNorTheCreation() {
        ChainWrite create = submit(new TxnRequest.CreateSticker(platform.address(), "Gold Star", "STICKER",
                "https://example.test/s.json", null, true, platform.address(), platform.address(), null));
        ledger.produceBlock();
        AssetId asset = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdAsset();
        TxId optIn = chain.submitSigned(List.of(fan.signPrepared(chain.encodeUnsigned(
                TxnRequest.AssetTransfer.optIn(fan.address(), asset))))).get(0);
        submit(new TxnRequest.AssetTransfer(platform.address(), asset, fan.address(), 0, platform.address(), null));
        Round round = ledger.produceBlock();

        assertThat(chain.block(round).orElseThrow().optIns()).containsExactly(new OptIn(optIn, asset, fan.address()));
    }

    @Test
    void aCloseOutIsReportedAsAMoveOfTheRemainderExactlyAsTheSimulatedChainReportsIt() throws Exception {
        DevWallet buyer = DevWallet.generate();
        ledger.fund(buyer.address(), MicroAlgos.ofAlgo(1));
        ChainWrite create = submit(new TxnRequest.CreateSticker(platform.address(), "Gold Star", "STICKER",
                "https://example.test/s.json", null, false, null, null, null));
        ledger.produceBlock();
        AssetId asset = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdAsset();
        for (DevWallet holder : List.of(fan, buyer)) {
            chain.submitSigned(List.of(holder.signPrepared(chain.encodeUnsigned(
                    TxnRequest.AssetTransfer.optIn(holder.address(), asset)))));
        }
        submit(new TxnRequest.AssetTransfer(platform.address(), asset, fan.address(), 1, null, null));
        ledger.produceBlock();
        // the fan opts out, closing the holding (its one unit) to the buyer
        com.algorand.algosdk.transaction.Transaction closeOut = com.algorand.algosdk.util.Encoder.decodeFromMsgPack(
                chain.encodeUnsigned(new TxnRequest.AssetTransfer(fan.address(), asset, buyer.address(), 0, null,
                        null)), com.algorand.algosdk.transaction.Transaction.class);
        closeOut.assetCloseTo = new com.algorand.algosdk.crypto.Address(buyer.address().publicKey());
        TxId closing = chain.submitSigned(List.of(fan.signPrepared(
                com.algorand.algosdk.util.Encoder.encodeToMsgPack(closeOut)))).get(0);
        Round round = ledger.produceBlock();

        var expected = new dev.stickerplatform.domain.port.Chain.AssetMove(closing, asset, fan.address(),
                buyer.address(), 1);
        assertThat(simulated.block(round).orElseThrow().assetMoves()).containsExactly(expected);
        assertThat(chain.block(round).orElseThrow().assetMoves()).containsExactly(expected);
        assertThat(ledger.account(buyer.address()).assets().get(asset).amount()).isEqualTo(1);
    }

    @Test
    void aRoundWithoutAppCallsCostsOneRequestAndAFutureRoundIsEmpty() {
        submit(new TxnRequest.Payment(platform.address(), creator, MicroAlgos.ofAlgo(1), null, null));
        Round round = ledger.produceBlock();
        int before = algod.requests();

        assertThat(chain.block(round).orElseThrow().appCalls()).isEmpty();
        assertThat(algod.requests() - before).isEqualTo(1);
        assertThat(chain.block(round.next())).isEmpty();
    }

    @Test
    void aRoundTheNodeNoLongerHoldsIsAnOutageNotAnEmptyRound() {
        for (int i = 0; i < 5; i++) {
            ledger.produceBlock();
        }
        algod.node.forgetRoundsBefore(4);

        assertThatThrownBy(() -> chain.block(Round.of(2))).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("no longer holds round 2");
        assertThat(chain.block(Round.of(4))).isPresent();
    }

    @Test
    void theBlockCarriesTheRoundsTime() {
        Round round = ledger.produceBlock();

        assertThat(chain.block(round).orElseThrow().timestamp()).isBetween(Instant.now().minusSeconds(5),
                Instant.now());
    }

    private AppId deploy() {
        ChainWrite create = submit(new TxnRequest.CreateTipProxy(platform.address(), creator, platform.address(),
                platform.address(), MicroAlgos.ofAlgo(1), PlatformFee.NONE, null));
        ledger.produceBlock();
        AppId created = ((TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdApp();
        submit(new TxnRequest.Payment(platform.address(), created.address(), MicroAlgos.of(100_000), null, null));
        ledger.produceBlock();
        return created;
    }

    private ChainWrite submit(TxnRequest request) {
        ChainWrite write = chain.sign(request, platform);
        chain.submit(write);
        return write;
    }

    private static AppCallLogs logs(TxId outer, AppId app, byte[] log) {
        AppCallLogs entry = new AppCallLogs();
        entry.txId = outer.value();
        entry.applicationIndex = app.value();
        entry.logs = new ArrayList<>(List.of(log));
        return entry;
    }
}
