package dev.stickerplatform.adapters.persistence.postgres;

import static dev.stickerplatform.domain.port.TestData.aJob;
import static dev.stickerplatform.domain.port.TestData.aSticker;
import static dev.stickerplatform.domain.port.TestData.aTemplate;
import static dev.stickerplatform.domain.port.TestData.aTip;
import static dev.stickerplatform.domain.port.TestData.aTipJar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreContractTest;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import dev.stickerplatform.domain.port.TestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresStoreTest extends StoreContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected Store newStore() {
        return db.emptyStore();
    }





    @Test
    void aRefusedInsertLeavesTheTransactionUsable() {
        store.templates().insert(aTemplate().build());
        Tip tip = aTip().build();

        boolean refused = store.inTransaction(tx -> {
            boolean duplicate = Race.throwsOrNot(() -> tx.templates().insert(aTemplate().build()),
                    DuplicateException.class);
            tx.tips().insertIfAbsent(tip);
            return duplicate;
        });

        assertThat(refused).isTrue();
        assertThat(store.tips().find(tip.txId())).contains(tip);
    }

    @Test
    void anUpdateThatBreaksAUniquenessRuleIsADuplicate() {
        Sticker first = store.stickers().insert(aSticker().build());
        Sticker second = store.stickers().insert(aSticker().build());

        assertThatThrownBy(() -> store.stickers().update(
                aSticker().forTip(first.tipTxId()).withAsset(second.assetId()).build().withId(second.id())))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void updatingARecordThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> store.tipJars().update(aTipJar().build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.stickers().update(aSticker().build().withId(424242)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAndAmountsBeyondThirtyTwoBitsSurvive() {
        long big = 5_000_000_000_000L;
        Tip tip = aTip().withApp(AppId.of(big)).withAmount(Long.MAX_VALUE / 2).build();
        Sticker sticker = store.stickers().insert(aSticker().withAsset(AssetId.of(big + 1)).build());
        TipJar jar = aTipJar().withApp(AppId.of(big + 2)).build();
        store.tips().insertIfAbsent(tip);
        store.tipJars().insert(jar);

        assertThat(store.tips().find(tip.txId())).contains(tip);
        assertThat(store.stickers().findByAsset(AssetId.of(big + 1))).contains(sticker);
        assertThat(store.tipJars().findByApp(AppId.of(big + 2))).contains(jar);
    }

    @Test
    void aMemoIsKeptExactlyEvenWithNulCharacters() {
        Tip tip = aTip().withMemo("gm\u0000 from the fan \uD83C\uDF89").build();

        assertThat(store.tips().insertIfAbsent(tip)).isTrue();

        assertThat(store.tips().find(tip.txId())).contains(tip);
    }

    @Test
    void aChainWriteIsStoredWithItsSignedBytes() {
        ChainWrite write = new ChainWrite(TestData.txId("mint"), Round.of(3_000_000_000L), new byte[] {1, 2, 3, 0});
        MintJob job = aJob().build();
        store.mintJobs().insertIfAbsent(job);

        store.mintJobs().save(job.advance(JobStage.MINT_SUBMITTED, write, TestData.T0));

        ChainWrite stored = store.mintJobs().find(job.id()).orElseThrow().pendingWrite();
        assertThat(stored).isEqualTo(write);
        assertThat(stored.signedBytes()).containsExactly(1, 2, 3, 0);
    }

    @Test
    void aFailureReasonWithANulIsStillRecorded() {
        MintJob job = aJob().build();
        store.mintJobs().insertIfAbsent(job);

        MintJob saved = store.mintJobs().save(job.failed("bad\u0000bytes", TestData.T0, TestData.T0));

        assertThat(store.mintJobs().find(job.id()).orElseThrow().lastError()).isEqualTo("bad\uFFFDbytes");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Instant precise = Instant.parse("2025-03-04T05:06:07.123456789Z");
        Tip tip = aTip().build();
        store.tips().insertIfAbsent(new Tip(tip.txId(), tip.appId(), tip.fan(), tip.creator(), tip.amount(),
                tip.memo(), tip.round(), precise));

        assertThat(store.tips().find(tip.txId()).orElseThrow().detectedAt())
                .isEqualTo(Instant.parse("2025-03-04T05:06:07.123456Z"));
    }

    @Test
    void aRetiredTipJarStillOwnsItsAppForever() {
        TipJar old = aTipJar().withStatus(TipJarStatus.RETIRED).build();
        store.tipJars().insert(old);

        assertThatThrownBy(() -> store.tipJars().insert(aTipJar().of(TestData.address("other")).withApp(old.appId())
                .build())).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aTemplateKeepsEveryField() {
        StickerTemplate template = store.templates().insert(aTemplate().build());

        assertThat(store.templates().find(template.id())).contains(template);
    }

    @Test
    void anUnreachableDatabaseIsStoreUnavailable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/test");
        nowhere.setConnectTimeout(2);
        PostgresStore unreachable = new PostgresStore(nowhere);

        assertThatThrownBy(() -> unreachable.tips().find(TestData.txId("x")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> unreachable.inTransaction(tx -> tx.tips().insertIfAbsent(aTip().build())))
                .isInstanceOf(StoreUnavailableException.class);
    }
}
