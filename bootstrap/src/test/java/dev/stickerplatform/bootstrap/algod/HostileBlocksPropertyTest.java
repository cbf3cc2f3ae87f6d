package dev.stickerplatform.bootstrap.algod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.AlgodTestNode;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's property: whatever a hostile chain writes ({@link HostileBlocks}, seeded), every round fed through the
 * real block reader (algod's API, served by the double) and {@code FollowChainService} completes; every genuine
 * top-level tip is recorded exactly once, with the fan, amount and memo bytes it logged; nothing else is. Some
 * rounds are processed twice, as after a crash. {@code -Dhostile.blocks=} and {@code -Dhostile.seed=} change the
 * run; it prints what it tried.
 */
class HostileBlocksPropertyTest {
    private static final int BLOCKS = Integer.getInteger("hostile.blocks", 2_000);
    private static final long SEED = Long.getLong("hostile.seed", 13L);
    private static final long FIRST_ROUND = 1_000_000;

    @Test
    void everyRoundCompletesAndOnlyGenuineTopLevelTipsAreRecordedExactlyOnce() {
        Clock clock = Clock.systemUTC();
        Store store = new InMemoryStore();
        List<AppId> ours = new ArrayList<>();
        Map<AppId, Address> creators = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            AppId app = AppId.of(7_000 + i);
            Address creator = TestData.address("hostile creator " + i);
            store.tipJars().insert(TestData.aTipJar().of(creator).withApp(app).build());
            ours.add(app);
            creators.put(app, creator);
        }
        Address platform = TestData.address("hostile platform");
        HostileBlocks generator = new HostileBlocks(SEED, ours, creators, platform);
        Map<TxId, HostileBlocks.Expected> genuine = new LinkedHashMap<>();
        int transactions = 0;
        int inner = 0;
        long skipped = 0;
        long started = System.nanoTime();
        try (AlgodTestNode node = AlgodTestNode.start()) {
            FollowChainService follow = new FollowChainService(node.chain(), store, clock, Round.of(FIRST_ROUND),
                    platform);
            for (int b = 0; b < BLOCKS; b++) {
                long round = FIRST_ROUND + b;
                HostileBlocks.Block block = generator.next(round);
                node.serveBlock(round, block.body());
                genuine.putAll(block.tips());
                transactions += block.transactions();
                inner += block.innerTransactions();

                FollowChainService.Step step = follow.process(follow.nextRound());
                assertThat(step).as("round %d (seed %d)", round, SEED)
                        .isInstanceOf(FollowChainService.Step.Processed.class);
                var processed = (FollowChainService.Step.Processed) step;
                assertThat(processed.round()).isEqualTo(Round.of(round));
                assertThat(processed.tips()).as("round %d (seed %d)", round, SEED).isEqualTo(block.tips().size());
                skipped += processed.skipped();
                if (b % 20 == 7) {
                    var again = (FollowChainService.Step.Processed) follow.process(Round.of(round));
                    assertThat(again.tips()).as("a round processed twice records nothing new").isZero();
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("hostile blocks: %d blocks, %d top-level transactions, %d inner transactions, %d genuine "
                        + "tips, %d skipped, seed %d, %d ms%n", BLOCKS, transactions, inner, genuine.size(), skipped,
                SEED, millis);

        genuine.forEach((txId, expected) -> {
            Optional<Tip> tip = store.tips().find(txId);
            assertThat(tip).as("genuine tip %s (seed %d)", txId, SEED).isPresent();
            assertThat(tip.get().fan()).isEqualTo(expected.fan());
            assertThat(tip.get().appId()).isEqualTo(expected.app());
            assertThat(tip.get().amount()).isEqualTo(expected.amount());
            assertThat(tip.get().memo()).isEqualTo(expected.memo());
        });
        long recorded = creators.values().stream().mapToLong(c -> store.tips().creatorTotals(c).count()).sum();
        assertThat(recorded).as("tips recorded, every one genuine (seed %d)", SEED).isEqualTo(genuine.size());
        assertThat(store.listenerCursor().countSkipped()).isEqualTo(skipped).isPositive();
        assertThat(transactions).isGreaterThan(BLOCKS);
    }
}
