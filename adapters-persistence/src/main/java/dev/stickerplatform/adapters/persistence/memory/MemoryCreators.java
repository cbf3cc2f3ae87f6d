package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.Optional;

/** Creators by wallet. */
final class MemoryCreators implements Store.Creators {
    private final Context context;

    MemoryCreators(Context context) {
        this.context = context;
    }

    @Override
    public void save(Creator creator) {
        Objects.requireNonNull(creator, "creator");
        context.write(t -> {
            t.creators.put(creator.wallet(), creator);
            return null;
        });
    }

    @Override
    public Optional<Creator> find(Address wallet) {
        return context.read(t -> t.creators.get(wallet));
    }
}
