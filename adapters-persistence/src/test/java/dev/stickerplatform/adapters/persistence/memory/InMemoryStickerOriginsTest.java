package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.StickerOriginsContractTest;
import dev.stickerplatform.domain.port.Store;

class InMemoryStickerOriginsTest extends StickerOriginsContractTest {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
