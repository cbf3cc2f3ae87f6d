package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.DailyCapsContractTest;

class InMemoryDailyCapsTest extends DailyCapsContractTest {
    @Override
    protected DailyCaps newCaps() {
        return new InMemoryDailyCaps();
    }
}
