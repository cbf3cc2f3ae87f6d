package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.activeTipJar;
import static dev.stickerplatform.application.query.Fixtures.creator;
import static dev.stickerplatform.application.query.Fixtures.tip;
import static dev.stickerplatform.application.query.Fixtures.txId;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.TopCreatorsService.CreatorEntry;
import dev.stickerplatform.application.query.TopCreatorsService.Query;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.port.Store;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopCreatorsServiceTest {
    private static final Address BIG = wallet(11);
    private static final Address SMALL = wallet(12);
    private final Store store = new InMemoryStore();
    private final TopCreatorsService service = new TopCreatorsService(store);

    @Test
    void ranksCreatorsByTotalReceivedWithUsernameAndActiveApp() {
        store.creators().save(creator(BIG, "big"));
        store.tipJars().insert(activeTipJar(BIG, 2001));
        store.tips().insertIfAbsent(tip("a", FAN, BIG, 9_000_000, 1));
        store.tips().insertIfAbsent(tip("b", wallet(4), BIG, 1_000_000, 2));
        store.tips().insertIfAbsent(tip("c", FAN, SMALL, 2_000_000, 3));

        var entries = service.get(new Query(20)).creators();

        assertThat(entries).containsExactly(
                new CreatorEntry(1, BIG, "big", AppId.of(2001), 2, MicroAlgos.of(10_000_000), 2),
                new CreatorEntry(2, SMALL, null, null, 1, MicroAlgos.of(2_000_000), 1));
    }

    @Test
    void aTipJarStillDeployingHasNoAppIdYet() {
        store.creators().save(creator(BIG, "big"));
        store.tipJars().insert(TipJar.deploying(UUID.randomUUID(), BIG, 1, MicroAlgos.ofAlgo(1),
                new ChainWrite(txId("create"), Round.of(10), new byte[] {1}), Fixtures.T0));
        store.tips().insertIfAbsent(tip("a", FAN, BIG, 1_000_000, 1));

        assertThat(service.get(new Query(20)).creators().getFirst().appId()).isNull();
    }

    @Test
    void listsAtMostTheLimit() {
        store.tips().insertIfAbsent(tip("a", FAN, BIG, 2, 1));
        store.tips().insertIfAbsent(tip("b", FAN, SMALL, 1, 2));

        assertThat(service.get(new Query(1)).creators()).extracting(CreatorEntry::creator).containsExactly(BIG);
    }

    @Test
    void theLimitIsAPageAndOneMoreAndTheOffsetNotNegative() {
        assertThatThrownBy(() -> new Query(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Query(102)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Query(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
