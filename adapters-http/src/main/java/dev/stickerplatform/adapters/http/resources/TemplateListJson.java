package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Address;
import java.util.List;

/** A page of a creator's templates; {@code total} counts all of them. */
public record TemplateListJson(String creatorWallet, List<TemplateJson> templates, int total, int limit,
                               String nextCursor) {

    public static TemplateListJson of(Address creator, List<TemplateJson> templates, int total, int limit,
                                      String nextCursor) {
        return new TemplateListJson(creator.value(), templates, total, limit, nextCursor);
    }
}
