package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.SessionStore;
import dev.stickerplatform.domain.port.SessionStoreContractTest;
import java.time.Clock;

class InMemorySessionStoreTest extends SessionStoreContractTest {
    @Override
    protected SessionStore newStore(Clock clock) {
        return new InMemorySessionStore(clock);
    }
}
