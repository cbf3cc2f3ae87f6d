package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.AuditTrailContractTest;

class InMemoryAuditTrailTest extends AuditTrailContractTest {
    @Override
    protected AuditTrail newTrail() {
        return new InMemoryAuditTrail();
    }
}
