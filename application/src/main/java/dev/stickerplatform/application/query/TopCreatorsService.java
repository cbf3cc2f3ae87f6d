package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform-wide ranking of creators by ALGO received, each with their username and the app id of their
 * ACTIVE tip jar. Usernames and tip jars are looked up per listed creator (at most 100 primary-key reads: the
 * store has no batch lookup for them yet).
 */
public final class TopCreatorsService {
    private final Store store;

    public TopCreatorsService(Store store) {
        this.store = store;
    }

    /**
     * {@code limit}: how many creators to list, 1 to 101 (a page and one more, to know whether more follow);
     * {@code offset}: how many ranks to skip (the ranking pages to its end).
     */
    public record Query(int offset, int limit) {
        public Query {
            if (limit < 1 || limit > PageRequest.MAX_LIMIT + 1 || offset < 0) {
                throw new IllegalArgumentException("limit must be between 1 and 101 and offset not negative");
            }
        }

        public Query(int limit) {
            this(0, limit);
        }
    }

    /**
     * {@code username} is null when the creator set none or is not registered; {@code appId} is null without an
     * ACTIVE tip jar.
     */
    public record CreatorEntry(int rank, Address creator, String username, AppId appId, long tipCount,
                               MicroAlgos totalReceived, long uniqueFans) {
    }

    public record TopCreators(List<CreatorEntry> creators) {
        public TopCreators {
            creators = List.copyOf(creators);
        }
    }

    public TopCreators get(Query query) {
        List<Store.Tips.Ranked> ranked = store.tips().topCreators(query.offset(), query.limit());
        List<CreatorEntry> entries = new ArrayList<>(ranked.size());
        for (Store.Tips.Ranked r : ranked) {
            String username = store.creators().find(r.party()).map(Creator::username).orElse(null);
            AppId appId = store.tipJars().current(r.party())
                    .filter(jar -> jar.status() == TipJarStatus.ACTIVE)
                    .map(TipJar::appId)
                    .orElse(null);
            entries.add(new CreatorEntry(query.offset() + entries.size() + 1, r.party(), username, appId, r.count(), r.sum(),
                    r.distinct()));
        }
        return new TopCreators(entries);
    }
}
