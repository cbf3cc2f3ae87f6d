package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreContractTest;
import dev.stickerplatform.domain.port.TestData;
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
}
