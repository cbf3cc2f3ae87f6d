package dev.stickerplatform.adapters.persistence.memory;

import static dev.stickerplatform.domain.port.TestData.aTip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreContractTest;
import dev.stickerplatform.domain.port.TestData;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest extends StoreContractTest {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }

    @Test
    void idsStartAtOne() {
        assertThat(store.templates().insert(TestData.aTemplate().build()).id()).isEqualTo(1);
        assertThat(store.stickers().insert(TestData.aSticker().build()).id()).isEqualTo(1);
    }

    @Test
    void writingThroughTheOuterStoreInsideATransactionIsRefused() {
        assertThatThrownBy(() -> store.inTransaction(tx -> store.tips().insertIfAbsent(aTip().build())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTransactionsStoreIsUnusableAfterTheTransaction() {
        AtomicReference<Store> leaked = new AtomicReference<>();
        store.inTransaction(tx -> {
            leaked.set(tx);
            return null;
        });

        assertThatThrownBy(() -> leaked.get().tips().find(TestData.txId("x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTransactionsStoreIsUsableOnlyByItsThread() {
        assertThatThrownBy(() -> store.inTransaction(tx -> Race
                .inBackground(() -> tx.tips().find(TestData.txId("x"))).orTimeout(10, TimeUnit.SECONDS).join()))
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        Tip tip = aTip().build();

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.inTransaction(inner -> inner.tips().insertIfAbsent(tip));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.tips().find(tip.txId())).isEmpty();
    }
}
