package dev.stickerplatform.bootstrap.algod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.AlgodTestNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.application.listener.ListenerLoop;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestKeys;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's acceptance, end to end: the real listener (loop + follower + a store holding 10,000 creators' tip
 * jars) follows 1,000 rounds live from an algod node (the HTTP double) through {@code AlgodChain}, and the node
 * counts what it costs: at most 3 requests per round on average, whatever the number of creators and tips.
 */
class ListenerOverAlgodTest {
    static final int ROUNDS = 1_000;
    static final int CREATORS = 10_000;

    @Test
    void theListenerFollowsAThousandRoundsWithTenThousandCreatorsInAtMostThreeRequestsPerRound() throws Exception {
        Clock clock = Clock.systemUTC();
        try (AlgodTestNode node = AlgodTestNode.start()) {
            Store store = new InMemoryStore();
            List<AppId> apps = new ArrayList<>();
            List<Address> creators = new ArrayList<>();
            Address platform = DevWallet.generate().address();
            for (int i = 0; i < CREATORS; i++) {
                Address creator = DevWallet.generate().address();
                AppId app = node.ledger().installApp(node.tipProxy(), platform, TipProxyAbi.GLOBAL_UINTS,
                        TipProxyAbi.GLOBAL_BYTES, state(creator, platform));
                node.ledger().fund(app.address(), MicroAlgos.of(100_000));
                store.tipJars().insert(activeTipJar(creator, app, clock));
                apps.add(app);
                creators.add(creator);
            }
            List<DevWallet> fans = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                DevWallet fan = DevWallet.generate();
                node.ledger().fund(fan.address(), MicroAlgos.ofAlgo(1_000));
                fans.add(fan);
            }

            Round start = node.ledger().currentRound().next();
            var loop = new ListenerLoop(new FollowChainService(node.chain(), store, clock, start,
                    TestKeys.newAddress()), node.chain(), clock, Duration.ofSeconds(2));
            Thread thread = Thread.ofPlatform().daemon().start(loop);
            awaitRound(loop, start.value() - 1);

            int before = node.requests();
            int tips = 0;
            for (int r = 0; r < ROUNDS; r++) {
                int count = r % 200 == 0 ? 150 : r % 200 == 100 ? 1 : 0;
                TxParams params = params(node);
                for (int i = 0; i < count; i++) {
                    int creator = (tips * 7919) % CREATORS;
                    node.submit(fans.get(tips % fans.size()).signTip(apps.get(creator), creators.get(creator),
                            MicroAlgos.ofAlgo(1), "tip " + tips, params));
                    tips++;
                }
                Round produced = node.ledger().produceBlock();
                awaitRound(loop, produced.value());
            }
            int requests = node.requests() - before;
            loop.stop();
            thread.interrupt();

            System.out.printf("listener over algod: %d rounds live, %d creators, %d tips: %d requests, %.2f per round%n",
                    ROUNDS, CREATORS, tips, requests, requests / (double) ROUNDS);
            long recorded = creators.stream().mapToLong(c -> store.tips().creatorTotals(c).count()).sum();
            assertThat(recorded).isEqualTo(tips);
            assertThat(requests).isLessThanOrEqualTo(3 * ROUNDS + 3);
        }
    }

    private static void awaitRound(ListenerLoop loop, long round) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (loop.status().lastRound() < round) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("listener stuck at " + loop.status());
            }
            Thread.sleep(0, 200_000);
        }
    }

    private static TipJar activeTipJar(Address creator, AppId app, Clock clock) {
        byte[] id = new byte[32];
        new SecureRandom().nextBytes(id);
        TxId txId = TxId.fromHash(id);
        var create = new ChainWrite(txId, Round.of(1000), new byte[] {1});
        return TipJar.deploying(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1), create, clock.instant())
                .created(app, txId, null).activated(clock.instant());
    }

    private static Map<String, StateValue> state(Address creator, Address platform) {
        return Map.of(TipProxyAbi.CREATOR_ADDRESS, StateValue.ofBytes(creator.publicKey()),
                TipProxyAbi.PLATFORM_ADDRESS, StateValue.ofBytes(platform.publicKey()),
                TipProxyAbi.MIN_TIP_AMOUNT, StateValue.ofUint(1_000_000), TipProxyAbi.TOTAL_TIPS, StateValue.ofUint(0),
                TipProxyAbi.TOTAL_AMOUNT, StateValue.ofUint(0), TipProxyAbi.CONTRACT_VERSION, StateValue.ofUint(1),
                TipProxyAbi.PAUSED, StateValue.ofUint(0));
    }

    private static TxParams params(AlgodTestNode node) {
        Round first = node.ledger().currentRound().next();
        return new TxParams(MicroAlgos.of(1000), 0, first, first.plus(999), node.ledger().genesisId(),
                node.ledger().genesisHash());
    }
}
