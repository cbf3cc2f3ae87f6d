package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Grants by origin id. */
final class MemoryGrants implements Store.Grants {
    private final Context context;

    MemoryGrants(Context context) {
        this.context = context;
    }

    @Override
    public boolean insertIfAbsent(Grant grant) {
        Objects.requireNonNull(grant, "grant");
        return context.write(t -> {
            if (t.grants.get(grant.originId()).isPresent()) {
                return false;
            }
            t.grants.put(grant.originId(), grant);
            return true;
        });
    }

    @Override
    public Optional<Grant> find(TxId originId) {
        return context.read(t -> t.grants.get(originId));
    }

    @Override
    public Map<TxId, Grant> findAll(Collection<TxId> originIds) {
        return context.read(t -> {
            Map<TxId, Grant> found = new HashMap<>();
            originIds.forEach(id -> t.grants.get(id).ifPresent(grant -> found.put(id, grant)));
            return found;
        });
    }

    @Override
    public long countByGrantorSince(Address grantedBy, GrantKind kind, Instant since) {
        return context.read(t -> t.grants.values().filter(g -> g.grantedBy().equals(grantedBy) && g.kind() == kind
                && !g.createdAt().isBefore(since)).count());
    }
}
