package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which TipProxy events the listener records as tips, and to whom: the fan's own tip, the platform's tip_for on a
 * fan's behalf (version 2 only), never a creator's tip to their own jar (which version 1 apps still accept).
 */
class FollowChainTipRulesTest {
    private static final Address FAN = TestData.FAN;
    private static final Address CREATOR = TestData.CREATOR;
    private static final Address PLATFORM = TestData.address("platform");
    private static final Address STRANGER = TestData.address("stranger");
    private static final MicroAlgos TWO_ALGO = MicroAlgos.ofAlgo(2);
    private static final MicroAlgos FEE = MicroAlgos.of(102_000);

    private final Store store = new InMemoryStore();
    private final TipJar jar = TestData.aTipJar().of(CREATOR).build();
    private AppCall call;
    private final Chain chain = new ThrowingChain() {
        @Override
        public Optional<BlockEvents> block(Round round) {
            return Optional.of(new BlockEvents(round, Instant.EPOCH, List.of(call), List.of()));
        }
    };
    private final FollowChainService listener = new FollowChainService(chain, store, Clock.systemUTC(), Round.of(1),
            PLATFORM);

    @BeforeEach
    void creatorHasATipJar() {
        store.tipJars().insert(jar);
    }

    @Test
    void aFansTipIsRecordedWithTheWholeAmount() {
        Optional<Tip> tip = follow(FAN, TipEvent.withFee(FAN, TWO_ALGO, FEE, "thanks"));

        assertThat(tip).hasValueSatisfying(t -> {
            assertThat(t.fan()).isEqualTo(FAN);
            assertThat(t.creator()).isEqualTo(CREATOR);
            assertThat(t.amount()).isEqualTo(TWO_ALGO);
            assertThat(t.memo().text()).isEqualTo("thanks");
        });
    }

    @Test
    void aTipForByThePlatformCreditsTheFanItNames() {
        assertThat(follow(PLATFORM, TipEvent.withFee(FAN, TWO_ALGO, FEE, "card")))
                .hasValueSatisfying(t -> assertThat(t.fan()).isEqualTo(FAN));
    }

    @Test
    void anEventNamingSomeoneElseCountsOnlyFromThePlatform() {
        assertThat(follow(STRANGER, TipEvent.withFee(FAN, TWO_ALGO, FEE, "not mine to give"))).isEmpty();
    }

    @Test
    void aVersion1EventNeverNamesSomeoneElseThanItsSender() {
        assertThat(follow(PLATFORM, TipEvent.version1(FAN, TWO_ALGO, "version 1 has no tip_for"))).isEmpty();
    }

    @Test
    void aVersion1FanTipIsRecorded() {
        assertThat(follow(FAN, TipEvent.version1(FAN, TWO_ALGO, "old app")))
                .hasValueSatisfying(t -> assertThat(t.amount()).isEqualTo(TWO_ALGO));
    }

    @Test
    void aCreatorsTipToTheirOwnVersion1JarIsIgnored() {
        assertThat(follow(CREATOR, TipEvent.version1(CREATOR, TWO_ALGO, "self"))).isEmpty();
    }

    @Test
    void aSelfTipIsIgnoredWhateverTheEventSays() {
        assertThat(follow(CREATOR, TipEvent.withFee(CREATOR, TWO_ALGO, FEE, "self"))).isEmpty();
        assertThat(follow(PLATFORM, TipEvent.withFee(CREATOR, TWO_ALGO, FEE, "self"))).isEmpty();
    }

    @Test
    void logsOfOtherAppsAreIgnored() {
        TxId txId = TestData.uniqueTxId();
        call = new AppCall(txId, AppId.of(TestData.uniqueNumber()), FAN,
                List.of(TipEvent.withFee(FAN, TWO_ALGO, FEE, "elsewhere").encode()));

        listener.processNext();

        assertThat(store.tips().find(txId)).isEmpty();
    }

    /** Processes one round whose only call is {@code sender}'s call to the jar's app, logging {@code event}. */
    private Optional<Tip> follow(Address sender, TipEvent event) {
        TxId txId = TestData.uniqueTxId();
        call = new AppCall(txId, jar.appId(), sender, List.of(event.encode()));
        listener.processNext();
        return store.tips().find(txId);
    }
}
