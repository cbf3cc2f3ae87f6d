package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.TopCreatorsService.CreatorEntry;
import java.util.List;

/** The platform's top creators, one page; {@code total} counts this page. */
public record TopCreatorsJson(List<CreatorJson> leaderboard, int total, int limit, String nextCursor) {

    public record CreatorJson(int rank, String creatorWallet, String username, Long appId, long tipCount,
                              long totalReceivedMicroAlgos, String totalReceivedAlgo, long uniqueFans) {
        public static CreatorJson of(CreatorEntry e) {
            return new CreatorJson(e.rank(), e.creator().value(), e.username(), Wire.id(e.appId()), e.tipCount(),
                    e.totalReceived().value(), e.totalReceived().toAlgoString(), e.uniqueFans());
        }
    }

    public static TopCreatorsJson of(List<CreatorEntry> creators, int limit, String nextCursor) {
        List<CreatorJson> items = creators.stream().map(CreatorJson::of).toList();
        return new TopCreatorsJson(items, items.size(), limit, nextCursor);
    }
}
