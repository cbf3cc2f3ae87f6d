package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.activeTipJar;
import static dev.stickerplatform.application.query.Fixtures.txId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.CreatorTipJarService.Query;
import dev.stickerplatform.application.query.CreatorTipJarService.Result;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Store;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreatorTipJarServiceTest {
    private final Store store = new InMemoryStore();
    private final CreatorTipJarService service = new CreatorTipJarService(store);

    private TipJarView found() {
        return ((Result.Found) service.get(new Query(CREATOR))).tipJar();
    }

    @Test
    void showsTheActiveTipJar() {
        store.tipJars().insert(activeTipJar(CREATOR, 2001));

        TipJarView jar = found();

        assertThat(jar.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(jar.appId()).isEqualTo(AppId.of(2001));
        assertThat(jar.pendingTxId()).isNull();
        assertThat(jar.activatedAt()).isNotNull();
    }

    @Test
    void showsADeploymentInProgressWithItsPendingTransaction() {
        ChainWrite create = new ChainWrite(txId("create"), Round.of(10), new byte[] {1});
        store.tipJars().insert(TipJar.deploying(UUID.randomUUID(), CREATOR, 1, MicroAlgos.ofAlgo(1), create, Fixtures.T0));

        TipJarView jar = found();

        assertThat(jar.status()).isEqualTo(TipJarStatus.DEPLOYING);
        assertThat(jar.appId()).isNull();
        assertThat(jar.pendingTxId()).isEqualTo(create.txId());
    }

    @Test
    void aCreatorWithoutTipJarIsNotFound() {
        assertThat(service.get(new Query(CREATOR))).isEqualTo(new Result.NotFound(CREATOR));
    }

    @Test
    void aRetiredTipJarIsNotCurrent() {
        TipJar jar = activeTipJar(CREATOR, 2001);
        store.tipJars().insert(jar);
        store.tipJars().update(jar.retired(Fixtures.T0.plusSeconds(60)));

        assertThat(service.get(new Query(CREATOR))).isInstanceOf(Result.NotFound.class);
    }
}
