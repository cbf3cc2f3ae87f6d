package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener's cost on a real node (issue 8's acceptance): following 1,000 rounds with 10,000 TipProxy apps
 * registered costs a constant number of requests per round, whatever the number of apps and of tips in a block.
 * The listener looks every app id up in its store, never on the chain; here only the chain side is measured:
 * {@code awaitRoundAfter} then {@code block}, per round, counted by the algod double.
 */
class ListenerScalingTest {
    private static final int ROUNDS = 1_000;
    private static final int APPS = 10_000;
    private static final int BUSY_TIPS = 150;
    private static final int FANS = 20;
    private static final MicroAlgos TIP = MicroAlgos.ofAlgo(1);

    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());
    private final Address creator = TestKeys.newAddress();
    private final List<DevWallet> fans = new ArrayList<>();
    private final List<AppId> apps = new ArrayList<>();

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void followingAThousandRoundsCostsAtMostThreeRequestsPerRoundWhateverTheyHold() {
        registerApps();
        int tips = produceRounds();

        int maxPerRound = 0;
        int total = 0;
        int reportedCalls = 0;
        int busiestRoundRequests = 0;
        int quietRoundRequests = 0;
        for (long r = 1; r <= ROUNDS; r++) {
            int before = algod.requests();
            chain.awaitRoundAfter(Round.of(r - 1), Duration.ofSeconds(5));
            BlockEvents events = chain.block(Round.of(r)).orElseThrow();
            int requests = algod.requests() - before;
            maxPerRound = Math.max(maxPerRound, requests);
            total += requests;
            reportedCalls += events.appCalls().size();
            events.appCalls().forEach(call -> assertThat(call.logs()).hasSize(1));
            if (events.appCalls().size() == BUSY_TIPS) {
                busiestRoundRequests = requests;
            } else if (events.appCalls().isEmpty()) {
                quietRoundRequests = requests;
            }
        }

        System.out.printf("listener over algod: %d rounds, %d apps, %d tips: %d requests, %.2f per round, "
                + "max %d (busiest round %d, quiet round %d)%n", ROUNDS, APPS, tips, total,
                total / (double) ROUNDS, maxPerRound, busiestRoundRequests, quietRoundRequests);
        assertThat(reportedCalls).isEqualTo(tips);
        assertThat(maxPerRound).isLessThanOrEqualTo(3);
        assertThat(busiestRoundRequests).isEqualTo(3);
        assertThat(quietRoundRequests).isEqualTo(2);
    }

    /** 10,000 TipProxy apps, as if deployed long ago, each funded for its minimum balance. */
    private void registerApps() {
        KnownProgram tipProxy = KnownProgram.tipProxy(AlgodNode.compiledTipProxy());
        Address platform = TestKeys.newAddress();
        Map<String, StateValue> state = Map.of(
                TipProxyAbi.CREATOR_ADDRESS, StateValue.ofBytes(creator.publicKey()),
                TipProxyAbi.PLATFORM_ADDRESS, StateValue.ofBytes(platform.publicKey()),
                TipProxyAbi.MIN_TIP_AMOUNT, StateValue.ofUint(TIP.value()),
                TipProxyAbi.TOTAL_TIPS, StateValue.ofUint(0), TipProxyAbi.TOTAL_AMOUNT, StateValue.ofUint(0),
                TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(1), TipProxyAbi.PAUSED, StateValue.ofUint(0));
        for (int i = 0; i < APPS; i++) {
            AppId app = ledger.installApp(tipProxy, platform, TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES,
                    state);
            ledger.fund(app.address(), MicroAlgos.of(100_000));
            apps.add(app);
        }
        for (int i = 0; i < FANS; i++) {
            DevWallet fan = DevWallet.generate();
            ledger.fund(fan.address(), MicroAlgos.ofAlgo(1_000));
            fans.add(fan);
        }
    }

    /** Rounds 1..1000: every 200th holds 150 tips to different apps, every 200th + 100 one tip, the rest none. */
    private int produceRounds() {
        int tips = 0;
        for (int r = 1; r <= ROUNDS; r++) {
            int count = r % 200 == 0 ? BUSY_TIPS : r % 200 == 100 ? 1 : 0;
            TxParams params = params();
            for (int i = 0; i < count; i++) {
                AppId app = apps.get((tips * 7919) % APPS);
                DevWallet fan = fans.get(tips % FANS);
                algod.node.submit(fan.signTip(app, creator, TIP, "tip " + tips, params));
                tips++;
            }
            ledger.produceBlock();
        }
        return tips;
    }

    private TxParams params() {
        Round first = ledger.currentRound().next();
        return new TxParams(MicroAlgos.of(SimulatedLedger.MIN_FEE), 0, first, first.plus(999), ledger.genesisId(),
                ledger.genesisHash());
    }
}
